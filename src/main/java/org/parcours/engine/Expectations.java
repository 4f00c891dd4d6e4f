package org.parcours.engine;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.LocalizedText;

/**
 * Checks one content test's expectations against an evaluation, adding a failure message for each one that is not
 * met. Texts are compared in the questionnaire's default locale, in which authors write the tests.
 */
final class Expectations {

    private final Evaluation e;
    private final List<String> failures;
    private final String locale;

    Expectations(Evaluation e, List<String> failures) {
        this.e = e;
        this.failures = failures;
        this.locale = e.questionnaire().defaultLocale();
    }

    void check(ContentTest.Expectation x) {
        x.visible().stream().filter(id -> !e.isVisible(id))
                .forEach(id -> failures.add("expected '" + id + "' to be visible, but it is hidden"));
        x.hidden().stream().filter(e::isVisible)
                .forEach(id -> failures.add("expected '" + id + "' to be hidden, but it is visible"));
        x.scores().forEach(this::score);
        x.levels().forEach((d, level) -> {
            String actual = e.score(d).band().map(b -> b.level()).orElse("(none)");
            if (!actual.equals(level)) failures.add("expected level " + d + " = " + level + ", got " + actual);
        });
        x.recommended().forEach(id -> {
            boolean ok = e.recommendation(id).map(RankedRecommendation::recommended).orElse(false);
            if (!ok) failures.add("expected '" + id + "' to be recommended, but " + why(id));
        });
        x.notRecommended().forEach(id -> {
            if (e.recommendation(id).map(RankedRecommendation::recommended).orElse(false)) {
                failures.add("expected '" + id + "' not to be recommended, but it is (fit "
                        + e.recommendation(id).orElseThrow().fit() + ")");
            }
        });
        x.top().forEach(this::top);
        x.excluded().forEach(this::excluded);
        x.complete().ifPresent(this::complete);
        x.against().forEach(this::against);
        x.capped().forEach(this::capped);
        x.messages().forEach(this::message);
    }

    private void score(String d, ContentTest.Range range) {
        var percent = e.score(d).percent();
        String expected = "expected score " + d + " in [" + Messages.number(range.min()) + ", "
                + Messages.number(range.max()) + "]";
        if (percent.isEmpty()) {
            failures.add(expected + ", but it is absent (nothing attainable answered)");
        } else if (!range.contains(percent.getAsDouble())) {
            failures.add(expected + ", got " + Messages.number(Math.round(percent.getAsDouble() * 10) / 10.0));
        }
    }

    private void top(ContentTest.Ranking ranking, String id) {
        List<RankedRecommendation> ranked = e.ranked(ranking.kind(), ranking.component());
        if (ranked.isEmpty() || !ranked.getFirst().id().equals(id)) {
            String actual = ranked.isEmpty() ? "(none)"
                    : ranked.getFirst().id() + " (fit " + ranked.getFirst().fit() + ")";
            failures.add("expected top " + ranking + " = " + id + ", got " + actual
                    + e.recommendation(id).map(r -> "; " + id + " has fit " + r.fit()).orElse("; " + id + ": " + why(id)));
        }
    }

    private void excluded(String id, String reason) {
        Optional<ExcludedRecommendation> x = e.exclusion(id);
        if (x.isEmpty()) {
            failures.add("expected '" + id + "' to be excluded, but " + e.recommendation(id)
                    .map(r -> "it is eligible (fit " + r.fit() + ")").orElse("it is out of scope (its 'when' is false "
                            + "or its component is absent)"));
        } else if (!reason.isEmpty() && x.get().reasons().stream().noneMatch(r -> r.in(locale).contains(reason))) {
            failures.add("expected '" + id + "' to be excluded because of \u201c" + reason + "\u201d, got: "
                    + quoted(x.get().reasons()));
        }
    }

    private void complete(boolean expected) {
        if (expected && !e.complete()) {
            failures.add("expected the answers to be complete, but these visible required questions have no valid "
                    + "answer: " + String.join(", ", e.missingRequired()));
        } else if (!expected && e.complete()) {
            failures.add("expected the answers to be incomplete, but every visible required question is answered");
        }
    }

    private void against(String id, List<String> texts) {
        Optional<RankedRecommendation> r = e.recommendation(id);
        if (r.isEmpty()) {
            failures.add("expected arguments against '" + id + "', but " + why(id));
            return;
        }
        List<LocalizedText> against = r.get().against().stream().map(Reason::because).toList();
        if (texts.isEmpty() && against.isEmpty()) {
            failures.add("expected an argument against '" + id + "', but none held");
        }
        for (String text : texts) {
            if (against.stream().noneMatch(a -> a.in(locale).contains(text))) {
                failures.add("expected an argument against '" + id + "' containing \u201c" + text + "\u201d, got: "
                        + (against.isEmpty() ? "(none)" : quoted(against)));
            }
        }
    }

    private void capped(String d) {
        DimensionScore s = e.score(d);
        if (!s.capped()) {
            failures.add("expected the level of " + d + " to be capped, but " + (s.percent().isEmpty()
                    ? "it has no score" : s.caps().isEmpty() ? "no cap held (level "
                    + s.band().map(b -> b.level()).orElse("(none)") + ")"
                    : "the caps that held do not lower its level " + s.band().map(b -> b.level()).orElse("")));
        }
    }

    private void message(String d, String text) {
        Optional<String> shown = e.score(d).message().map(m -> m.in(locale));
        if (shown.isEmpty()) {
            failures.add("expected the " + d + " message to contain \u201c" + text + "\u201d, but " + d
                    + " has no score");
        } else if (!shown.get().contains(text)) {
            failures.add("expected the " + d + " message to contain \u201c" + text + "\u201d, got \u201c"
                    + shown.get() + "\u201d");
        }
    }

    private String why(String id) {
        if (e.exclusion(id).isPresent()) {
            return "it is excluded: " + quoted(e.exclusion(id).get().reasons());
        }
        return e.recommendation(id).map(r -> "its total fit is " + r.fit())
                .orElse("it is out of scope (its 'when' is false or its component is absent)");
    }

    private String quoted(List<LocalizedText> texts) {
        return texts.stream().map(t -> "\u201c" + t.in(locale) + "\u201d").collect(Collectors.joining(", "));
    }
}
