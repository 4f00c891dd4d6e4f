package org.parcours.questionnaire;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/** Id formats and "did you mean" suggestions. */
final class Names {

    static final Pattern QUESTIONNAIRE_ID = Pattern.compile("[a-z0-9-]+");
    static final Pattern QUESTION_ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final Pattern RECOMMENDATION_ID = Pattern.compile("[a-z0-9-]+");
    /** Options, dimensions, phases, levels: like question ids, also allowing '-'. */
    static final Pattern OTHER_ID = Pattern.compile("[a-z][a-z0-9_-]*");

    private Names() {
    }

    /** The closest name, if close enough to be a likely typo. */
    static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(name, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, name.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    static String didYouMean(String name, Collection<String> candidates) {
        return closest(name, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
