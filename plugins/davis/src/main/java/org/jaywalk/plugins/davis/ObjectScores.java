package org.jaywalk.plugins.davis;

/**
 * J and F of one object in every scored frame of its sequence.
 *
 * @param sequence the sequence name
 * @param object the object's label (1-based)
 * @param j J per scored frame
 * @param f F per scored frame
 */
public record ObjectScores(String sequence, int object, double[] j, double[] f) {

    /** The official row name, {@code <sequence>_<object>}. */
    public String name() {
        return sequence + "_" + object;
    }

    public ObjectStatistics jStatistics() {
        return ObjectStatistics.of(j);
    }

    public ObjectStatistics fStatistics() {
        return ObjectStatistics.of(f);
    }
}
