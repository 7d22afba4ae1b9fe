package org.jaywalk.framework.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" suggestions: the candidates closest to a misspelled name by edit distance. */
public final class ClosestMatches {

    private static final int MAX_SUGGESTIONS = 3;

    private ClosestMatches() {
    }

    /** Up to three candidates close to {@code wanted}, closest first (empty when none is close). */
    public static List<String> among(String wanted, Collection<String> candidates) {
        String w = wanted.toLowerCase(Locale.ROOT);
        String wantedLast = lastSegment(w);
        return candidates.stream()
                .filter(c -> isClose(w, wantedLast, c.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt((String c) -> distance(w, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** {@code " (did you mean a, b?)"} or an empty string. */
    public static String hint(String wanted, Collection<String> candidates) {
        List<String> close = among(wanted, candidates);
        return close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)";
    }

    private static boolean isClose(String wanted, String wantedLast, String candidate) {
        int budget = Math.max(2, wanted.length() / 3);
        return distance(wanted, candidate) <= budget
                || distance(wantedLast, lastSegment(candidate)) <= Math.max(1, wantedLast.length() / 4);
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
