package io.greenlane.eligibility.api;

import java.util.List;
import java.util.Locale;

/** "Did you mean …?": the known name closest to a misspelt one, when one is close enough to be meant. */
final class Suggestions {
    private Suggestions() {
    }

    /** The closest known name, or null when none is close (case is ignored when comparing). */
    static String nearest(String given, List<String> known) {
        String lower = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int distance = distance(lower, name.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        String bestLower = best.toLowerCase(Locale.ROOT);
        boolean prefix = lower.length() >= 4 && (bestLower.startsWith(lower) || lower.startsWith(bestLower));
        return bestDistance <= Math.max(2, Math.min(lower.length(), best.length()) / 3) || prefix ? best : null;
    }

    /** Edit distance (insertions, deletions, substitutions, adjacent swaps). */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 64) {
            return Integer.MAX_VALUE / 2;
        }
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
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
