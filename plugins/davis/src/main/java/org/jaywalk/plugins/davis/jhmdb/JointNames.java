package org.jaywalk.plugins.davis.jhmdb;

import java.util.List;

/** JHMDB's 15 puppet joints in {@code pos_img} order; other joint counts are named {@code joint<j>}. */
public final class JointNames {

    /** The JHMDB joint order. */
    public static final List<String> JHMDB = List.of("neck", "belly", "face", "right-shoulder", "left-shoulder",
            "right-hip", "left-hip", "right-elbow", "left-elbow", "right-knee", "left-knee", "right-wrist", "left-wrist",
            "right-ankle", "left-ankle");

    private JointNames() {
    }

    /** The name of joint {@code j} of {@code joints}. */
    public static String of(int j, int joints) {
        return joints == JHMDB.size() ? JHMDB.get(j) : "joint" + j;
    }
}
