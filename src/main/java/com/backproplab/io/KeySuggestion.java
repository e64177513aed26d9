package com.backproplab.io;

import java.util.List;
import java.util.Locale;

/** The "did you mean" of an unknown key: the known key closest to it. */
final class KeySuggestion {
    private KeySuggestion() {
    }

    /** A known key close to the unknown one (same letters ignoring case, or a small edit away), or null. */
    static String closest(String name, List<String> known) {
        String best = null;
        int bestDistance = 3;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String k : known) {
            String candidate = k.toLowerCase(Locale.ROOT);
            int d = candidate.equals(lower) ? 0 : distance(candidate, lower);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The Levenshtein distance, or Integer.MAX_VALUE when the lengths alone rule a close match out. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
