package org.parcours.engine;

import java.util.Map;

/**
 * Writes a large questionnaire for benchmarks and scale tests: {@code questions} questions in phases of 100,
 * {@code conditions} of them with a visible_if, 5 dimensions and 50 recommendations of 3 criteria each.
 * Generated in code rather than committed as a huge file.
 */
public final class GeneratedQuestionnaire {

    private GeneratedQuestionnaire() {
    }

    public static Map<String, String> files(int questions, int conditions) {
        StringBuilder y = new StringBuilder("""
                id: generated
                version: 1.0.0
                locales: [fr, en]
                default_locale: fr
                title: {fr: Généré, en: Generated}
                description: {fr: Généré, en: Generated}
                license: CC0-1.0
                dimensions:
                """);
        for (int d = 0; d < 5; d++) {
            y.append("  - id: d").append(d).append("\n    title: {fr: D, en: D}\n    bands:\n")
                    .append("      - {up_to: 50, level: low, label: {fr: b, en: b}, message: {fr: m, en: m}}\n")
                    .append("      - {up_to: 100, level: high, label: {fr: h, en: h}, message: {fr: m, en: m}}\n");
        }
        y.append("phases:\n");
        int every = Math.max(1, questions / Math.max(1, conditions));
        int conditioned = 0;
        for (int i = 0; i < questions; i++) {
            if (i % 100 == 0) y.append("  - id: p").append(i / 100).append("\n    title: {fr: P, en: P}\n    questions:\n");
            y.append("      - id: q").append(i).append("\n        type: ").append(type(i))
                    .append("\n        label: {fr: Q, en: Q}\n");
            if (i > 0 && i % every == 0 && conditioned < conditions) {
                conditioned++;
                y.append("        visible_if: \"").append(condition(i - 1)).append("\"\n");
            }
            body(y, i);
        }
        y.append("recommendations:\n");
        for (int r = 0; r < 50; r++) {
            y.append("  - id: r").append(r).append("\n    kind: ").append(new String[] {"governance", "legal",
                    "licence", "funding", "action"}[r % 5]).append("\n    phase: p0\n    title: {fr: R, en: R}\n")
                    .append("    summary: {fr: S, en: S}\n    effort: ").append(new String[] {"low", "medium", "high"}[r % 3])
                    .append("\n    fit:\n");
            for (int c = 0; c < 3; c++) {
                int q = (r * 7 + c * 13) % questions;
                y.append("      - if: \"").append(condition(q)).append("\"\n        weight: ").append(c + 1)
                        .append("\n        because: {fr: B, en: B}\n");
            }
            y.append("      - if: \"score.d").append(r % 5).append(" < 50.0\"\n        weight: 1\n        because: {fr: S, en: S}\n");
        }
        return Map.of("questionnaire.yaml", y.toString());
    }

    private static String type(int i) {
        return new String[] {"single", "multiple", "scale", "boolean"}[i % 4];
    }

    private static String condition(int i) {
        return switch (i % 4) {
            case 0 -> "q" + i + " == 'a'";
            case 1 -> "'b' in q" + i;
            case 2 -> "q" + i + " >= 3.0";
            default -> "q" + i;
        };
    }

    private static void body(StringBuilder y, int i) {
        String d = "d" + (i % 5);
        switch (i % 4) {
            case 0, 1 -> {
                y.append("        options:\n");
                for (String o : new String[] {"a", "b", "c"}) {
                    y.append("          - {id: ").append(o).append(", label: {fr: O, en: O}, points: {").append(d)
                            .append(": ").append(o.charAt(0) - 'a' + 1).append("}}\n");
                }
            }
            case 2 -> y.append("        min: 1\n        max: 5\n        points: {").append(d).append(": 4}\n");
            default -> y.append("        points: {").append(d).append(": 2}\n");
        }
    }
}
