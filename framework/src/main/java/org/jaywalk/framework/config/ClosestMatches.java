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
        int budget = budget(w);
        return candidates.stream()
                .filter(c -> distance(w, c.toLowerCase(Locale.ROOT)) <= budget)
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

    /** Edits allowed: a quarter of the last path segment's length, between 1 and 3. */
    private static int budget(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return Math.max(1, Math.min(3, last.length() / 4));
    }

    /** Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
