package org.jaywalk.plugins.davis.vip;

import java.util.List;

/** VIP's 20 part classes by id ({@code eval_vip.py}'s order); other class counts are named {@code class<c>}. */
public final class PartClasses {

    /** VIP's classes, id = index. */
    public static final List<String> VIP = List.of("background", "hat", "hair", "sun-glasses", "upper-clothes", "dress",
            "coat", "socks", "pants", "gloves", "scarf", "skirt", "torso-skin", "face", "right-arm", "left-arm",
            "right-leg", "left-leg", "right-shoe", "left-shoe");

    private PartClasses() {
    }

    /** The name of class {@code c} of {@code classes}. */
    public static String of(int c, int classes) {
        return classes == VIP.size() ? VIP.get(c) : "class" + c;
    }
}
