package org.jaywalk.plugins.davis;

/** J, the region similarity of DAVIS ({@code db_eval_iou}): intersection over union, 1 when the union is empty. */
public final class RegionSimilarity {

    private RegionSimilarity() {
    }

    /** J of one object: {@code gt == object} against {@code prediction == object}. */
    public static double of(LabelImage gt, LabelImage prediction, int object) {
        long inter = 0;
        long union = 0;
        for (int i = 0; i < gt.size(); i++) {
            boolean a = gt.label(i) == object;
            boolean b = prediction.label(i) == object;
            inter += a && b ? 1 : 0;
            union += a || b ? 1 : 0;
        }
        return union == 0 ? 1.0 : (double) inter / union;
    }
}
