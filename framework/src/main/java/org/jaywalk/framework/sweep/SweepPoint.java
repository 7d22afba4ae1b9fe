package org.jaywalk.framework.sweep;

import java.util.List;

/**
 * One experiment of a sweep: the base experiment with these assignments.
 *
 * @param name the point's stable folder name, derived from its assignments
 * @param assignments its swept settings, sorted by key
 */
public record SweepPoint(String name, List<Assignment> assignments) {

    public SweepPoint {
        assignments = List.copyOf(assignments);
    }

    /** The assignments as {@code key=value} overrides. */
    public List<String> overrides() {
        return assignments.stream().map(Assignment::override).toList();
    }
}
