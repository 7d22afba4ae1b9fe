package org.jaywalk.framework.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names sweep points after their settings, e.g. {@code edge-dropout=0.1,temperature=0.05}: each key shortened to
 * its last part unless two swept keys share it, values as written, characters outside {@code [A-Za-z0-9._=,+-]}
 * replaced by {@code _}. The name depends only on the point's settings and the set of swept keys, so it is the
 * same every time the sweep file is read: a resumed sweep finds its points again, and nothing is numbered.
 * Names longer than {@value #MAX_LENGTH} characters are cut and end in a hash of the whole; repeated settings
 * get {@code -2}, {@code -3}, ... in sweep order.
 */
final class PointNamer {

    static final int MAX_LENGTH = 100;
    /** The name of a point that sets nothing (the base experiment itself). */
    static final String BASE = "base";

    private final Map<String, String> shortKeys = new HashMap<>();

    /** @param keys every key the sweep sets */
    PointNamer(Set<String> keys) {
        Map<String, Integer> lastParts = new HashMap<>();
        keys.forEach(k -> lastParts.merge(lastPart(k), 1, Integer::sum));
        keys.forEach(k -> shortKeys.put(k, lastParts.get(lastPart(k)) == 1 ? lastPart(k) : k));
    }

    /** Points for the settings, in order, with unique names. */
    List<SweepPoint> name(List<List<Assignment>> settings) {
        List<SweepPoint> points = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (List<Assignment> setting : settings) {
            List<Assignment> sorted = setting.stream().sorted(Comparator.comparing(Assignment::key)).toList();
            String name = nameOf(sorted);
            String unique = name;
            for (int n = 2; !used.add(unique); n++) {
                unique = name + "-" + n;
            }
            points.add(new SweepPoint(unique, sorted));
        }
        return points;
    }

    private String nameOf(List<Assignment> sorted) {
        if (sorted.isEmpty()) {
            return BASE;
        }
        List<String> parts = sorted.stream().map(a -> shortKeys.get(a.key()) + "=" + a.text()).toList();
        String name = String.join(",", parts).replaceAll("[^A-Za-z0-9._=,+-]", "_");
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH - 9) + "-" + hash(String.join(",", parts));
    }

    private static String lastPart(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
