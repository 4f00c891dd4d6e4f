package org.parcours.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The inventory a questionnaire's README carries (questions per phase, recommendations per kind, content tests),
 * written from the loaded questionnaire so that the README says what the files hold.
 */
final class ReadmeInventory {

    static final String START = "<!-- inventory: generated from the YAML by ReadmeInventoryTest; after a change, run "
            + "./mvnw -B -o test -Dtest=ReadmeInventoryTest -Dreadme.update=true -->";
    static final String END = "<!-- end of the generated inventory -->";

    private final Questionnaire q;

    ReadmeInventory(Questionnaire q) {
        this.q = q;
    }

    /** The markdown between {@link #START} and {@link #END}, both included. */
    String markdown() {
        List<String> lines = new ArrayList<>();
        lines.add(START);
        lines.add("");
        lines.add("Version " + q.version() + ": " + q.questions().size() + " questions, " + q.recommendations().size()
                + " recommendations, " + q.tests().size() + " content tests. \"scores\" gives the dimension and the most "
                + "points a question can bring; titles are the English ones.");
        for (Phase phase : q.phases()) lines.addAll(phase(phase));
        for (RecommendationKind kind : RecommendationKind.values()) lines.addAll(kind(kind));
        lines.addAll(tests());
        lines.add("");
        lines.add(END);
        return String.join("\n", lines);
    }

    private List<String> phase(Phase phase) {
        List<String> lines = new ArrayList<>(List.of("", "#### " + phase.title().in("en") + " (`" + phase.id() + "`) — "
                + phase.questions().size() + " questions", "", "| id | type | scores | shown when |",
                "|---|---|---|---|"));
        for (Question question : phase.questions()) {
            lines.add("| `" + question.id() + "` | " + type(question) + " | " + scores(question) + " | "
                    + question.visibleIf().map(c -> "`" + c.source().replace("|", "\\|") + "`").orElse("always")
                    + " |");
        }
        return lines;
    }

    private static String type(Question question) {
        boolean dontKnow = question.options().stream().anyMatch(Option::dontKnow);
        return question.type().id() + (dontKnow ? " (has “I don't know”)" : "")
                + (question.required() ? "" : " (optional)");
    }

    private String scores(Question question) {
        String scores = q.dimensions().stream().map(Dimension::id)
                .filter(d -> most(question, d) > 0)
                .map(d -> d + " ≤ " + number(most(question, d)))
                .collect(Collectors.joining(", "));
        return scores.isEmpty() ? "—" : scores;
    }

    /** The most points a valid answer to the question earns in a dimension. */
    private static double most(Question question, String dimension) {
        return switch (question.type()) {
            case SINGLE -> question.options().stream().mapToDouble(o -> o.points(dimension)).max().orElse(0);
            case MULTIPLE -> question.options().stream().filter(o -> !o.exclusive())
                    .mapToDouble(o -> Math.max(0, o.points(dimension))).sum();
            default -> question.points(dimension);
        };
    }

    private List<String> kind(RecommendationKind kind) {
        List<Recommendation> of = q.recommendations().stream().filter(r -> r.kind() == kind).toList();
        List<String> lines = new ArrayList<>(List.of("", "#### " + kind.id() + " (" + of.size() + ")", ""));
        for (Recommendation r : of) {
            lines.add("- `" + r.id() + "` (" + r.phase() + ", effort " + r.effort().id()
                    + r.component().map(c -> ", for " + c).orElse("") + "): " + r.title().in("en")
                    + (r.paysFor().isEmpty() ? "" : " — pays for: "
                    + r.paysFor().stream().map(PaysFor::id).collect(Collectors.joining(", ")))
                    + r.persona().map(p -> " — persona: " + p.id()).orElse("")
                    + (r.requires().isEmpty() ? "" : " — excluded unless " + r.requires().size()
                    + (r.requires().size() == 1 ? " requirement holds" : " requirements hold")));
        }
        return lines;
    }

    private List<String> tests() {
        List<String> lines = new ArrayList<>(List.of("", "#### content tests (" + q.tests().size() + ")", ""));
        q.tests().forEach(t -> lines.add("- " + t.name()));
        return lines;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
