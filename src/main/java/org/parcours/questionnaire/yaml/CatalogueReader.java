package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.Effort;
import org.parcours.questionnaire.Example;
import org.parcours.questionnaire.FitCriterion;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.PaysFor;
import org.parcours.questionnaire.Persona;
import org.parcours.questionnaire.Recommendation;
import org.parcours.questionnaire.RecommendationKind;
import org.parcours.questionnaire.Source;
import org.parcours.questionnaire.Suggestions;

/** Reads the recommendations (contract §7 and agreed extensions). */
final class CatalogueReader {

    private static final Set<String> KEYS = Set.of("id", "kind", "phase", "persona", "title", "summary", "pros",
            "cons", "effort", "examples", "sources", "when", "fit", "pays_for", "eligibility");
    private static final Set<String> FIT_KEYS = Set.of("if", "weight", "because");
    private static final Set<String> EXAMPLE_KEYS = Set.of("name", "url", "note");
    private static final Set<String> SOURCE_KEYS = Set.of("title", "url");

    private final Problems problems;
    private final YamlMap.Locales locales;
    private final Set<String> phases;
    private final ExpressionReader expressions;

    CatalogueReader(Problems problems, YamlMap.Locales locales, Set<String> phases, ExpressionReader expressions) {
        this.problems = problems;
        this.locales = locales;
        this.phases = phases;
        this.expressions = expressions;
    }

    List<Recommendation> recommendations(List<YNode> nodes) {
        List<Recommendation> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YNode node : nodes) {
            YamlMap.of(node, "recommendation", KEYS, problems, locales)
                    .flatMap(f -> recommendation(f, ids)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Recommendation> recommendation(YamlMap f, Set<String> ids) {
        Optional<String> id = f.id("id", Ids.RECOMMENDATION_ID, "gov-association");
        id.filter(i -> !ids.add(i)).ifPresent(i ->
                problems.add(f.node("id").orElseThrow().loc(), "duplicate recommendation id '" + i + "'"));
        Optional<RecommendationKind> kind = f.enumValue("kind", RecommendationKind.class, true);
        Optional<String> phase = f.string("phase", true);
        phase.filter(p -> !phases.contains(p)).ifPresent(p -> problems.add(f.node("phase").orElseThrow().loc(),
                "unknown phase '" + p + "'" + Suggestions.didYouMean(p, phases)));
        Optional<Persona> persona = f.enumValue("persona", Persona.class, false);
        if (f.has("persona") && kind.isPresent() && kind.get() != RecommendationKind.DISSEMINATION) {
            problems.add(f.node("persona").orElseThrow().loc(), "persona is only for kind: dissemination");
        }
        Optional<LocalizedText> title = f.text("title", true);
        Optional<LocalizedText> summary = f.text("summary", true);
        List<LocalizedText> pros = texts(f, "pros");
        List<LocalizedText> cons = texts(f, "cons");
        Optional<Effort> effort = f.enumValue("effort", Effort.class, true);
        List<Example> examples = examples(f);
        List<Source> sources = sources(f);
        Optional<Condition> when = f.node("when").flatMap(n -> compile(n, "when"));
        List<FitCriterion> fit = fit(f);
        List<PaysFor> paysFor = paysFor(f);
        Optional<LocalizedText> eligibility = f.text("eligibility", false);
        if (id.isEmpty() || kind.isEmpty() || phase.isEmpty() || title.isEmpty() || summary.isEmpty()
                || effort.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Recommendation(id.get(), kind.get(), phase.get(), persona, title.get(), summary.get(),
                pros, cons, effort.get(), examples, sources, when, fit, paysFor, eligibility));
    }

    private Optional<Condition> compile(YNode node, String where) {
        if (node instanceof YNode.YScalar s) return expressions.compile(s, where, true);
        problems.add(node.loc(), where + " must be a CEL expression in quotes");
        return Optional.empty();
    }

    private List<LocalizedText> texts(YamlMap f, String key) {
        List<LocalizedText> out = new ArrayList<>();
        f.list(key, false).forEach(n -> f.localized(n, key).ifPresent(out::add));
        return out;
    }

    private List<Example> examples(YamlMap f) {
        List<Example> out = new ArrayList<>();
        for (YNode n : f.list("examples", false)) {
            YamlMap.of(n, "example", EXAMPLE_KEYS, problems, locales).ifPresent(e -> {
                Optional<String> name = e.string("name", true);
                Optional<String> url = e.string("url", true);
                Optional<LocalizedText> note = e.text("note", false);
                if (name.isPresent() && url.isPresent()) out.add(new Example(name.get(), url.get(), note));
            });
        }
        return out;
    }

    private List<Source> sources(YamlMap f) {
        List<Source> out = new ArrayList<>();
        for (YNode n : f.list("sources", false)) {
            YamlMap.of(n, "source", SOURCE_KEYS, problems, locales).ifPresent(s -> {
                Optional<String> title = s.string("title", true);
                Optional<String> url = s.string("url", true);
                if (title.isPresent() && url.isPresent()) out.add(new Source(title.get(), url.get()));
            });
        }
        return out;
    }

    private List<FitCriterion> fit(YamlMap f) {
        List<FitCriterion> out = new ArrayList<>();
        for (YNode n : f.list("fit", false)) {
            YamlMap.of(n, "fit criterion", FIT_KEYS, problems, locales).ifPresent(c -> {
                Optional<Condition> condition = c.required("if").flatMap(node -> compile(node, "if"));
                Optional<Long> weight = c.integer("weight", true);
                Optional<LocalizedText> because = c.text("because", true);
                if (condition.isPresent() && weight.isPresent() && because.isPresent()) {
                    out.add(new FitCriterion(condition.get(), weight.get().intValue(), because.get()));
                }
            });
        }
        return out;
    }

    private List<PaysFor> paysFor(YamlMap f) {
        List<PaysFor> out = new ArrayList<>();
        List<String> allowed = java.util.Arrays.stream(PaysFor.values()).map(PaysFor::id).toList();
        for (YNode n : f.list("pays_for", false)) {
            if (n instanceof YNode.YScalar s && s.value() instanceof String v && allowed.contains(v)) {
                out.add(PaysFor.valueOf(v.toUpperCase(java.util.Locale.ROOT)));
            } else {
                problems.add(n.loc(), "pays_for lists some of " + String.join(" | ", allowed));
            }
        }
        return out;
    }
}
