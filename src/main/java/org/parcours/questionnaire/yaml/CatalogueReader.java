package org.parcours.questionnaire.yaml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parcours.questionnaire.Component;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.Effort;
import org.parcours.questionnaire.Example;
import org.parcours.questionnaire.FitCriterion;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.PaysFor;
import org.parcours.questionnaire.Persona;
import org.parcours.questionnaire.Recommendation;
import org.parcours.questionnaire.RecommendationKind;
import org.parcours.questionnaire.Requirement;
import org.parcours.questionnaire.Source;
import org.parcours.questionnaire.Suggestions;

/** Reads the recommendations (contract §7 and agreed extensions, content format 2.0 included). */
final class CatalogueReader {

    private static final Set<String> KEYS = Set.of("id", "kind", "phase", "persona", "title", "summary", "pros",
            "cons", "effort", "examples", "sources", "when", "fit", "pays_for", "eligibility", "requires",
            "component", "checked_on", "after");
    private static final Set<String> FIT_KEYS = Set.of("if", "weight", "because");
    /** The kinds the report ranks as options: only they may rank per component. */
    private static final Set<RecommendationKind> PER_COMPONENT = Set.of(RecommendationKind.GOVERNANCE,
            RecommendationKind.LEGAL, RecommendationKind.LICENCE, RecommendationKind.FUNDING,
            RecommendationKind.NETWORK);
    private static final Set<String> EXAMPLE_KEYS = Set.of("name", "url", "note");
    private static final Set<String> SOURCE_KEYS = Set.of("title", "url");

    private final Problems problems;
    private final YamlMap.Locales locales;
    private final Set<String> phases;
    private final ExpressionReader expressions;
    private final List<String> components;
    private final LocalDate today;
    /** Each {@code after} list read, by recommendation id, to check once every action is known. */
    private final Map<String, YNode.YList> afterNodes = new LinkedHashMap<>();

    CatalogueReader(Problems problems, YamlMap.Locales locales, Set<String> phases, ExpressionReader expressions,
                    List<Component> components, LocalDate today) {
        this.problems = problems;
        this.locales = locales;
        this.phases = phases;
        this.expressions = expressions;
        this.components = components.stream().map(Component::id).toList();
        this.today = today;
    }

    List<Recommendation> recommendations(List<YNode> nodes) {
        List<Recommendation> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YNode node : nodes) {
            YamlMap.of(node, "recommendation", KEYS, problems, locales)
                    .flatMap(f -> recommendation(f, ids)).ifPresent(out::add);
        }
        ActionOrder.check(out, afterNodes, problems);
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
        Optional<Condition> when = f.node("when").flatMap(n -> expressions.compile(n, "when", true));
        List<FitCriterion> fit = fit(f);
        List<PaysFor> paysFor = paysFor(f);
        Optional<LocalizedText> eligibility = f.text("eligibility", false);
        List<Requirement> requires = ConditionalTexts.read(f, "requires", "requirement", "otherwise", expressions,
                true, Requirement::new);
        Optional<String> component = component(f, kind);
        Optional<LocalDate> checkedOn = DatedFacts.read(f, id, kind, today);
        List<String> after = after(f, id, kind);
        if (id.isEmpty() || kind.isEmpty() || phase.isEmpty() || title.isEmpty() || summary.isEmpty()
                || effort.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Recommendation(id.get(), kind.get(), phase.get(), persona, title.get(), summary.get(),
                pros, cons, effort.get(), examples, sources, when, fit, paysFor, eligibility, requires, component,
                checkedOn, after));
    }

    private Optional<String> component(YamlMap f, Optional<RecommendationKind> kind) {
        return f.string("component", false).filter(c -> {
            YNode.Loc at = f.node("component").orElseThrow().loc();
            if (!components.contains(c)) {
                problems.add(at, "component '" + c + "' is not declared in components"
                        + (components.isEmpty() ? ": declare it at the top level, with its title and if"
                        : " " + components + Suggestions.didYouMean(c, components)));
                return false;
            }
            if (kind.isPresent() && !PER_COMPONENT.contains(kind.get())) {
                problems.add(at, "component is only for the kinds the report ranks as options (governance | legal "
                        + "| licence | funding | network); a " + kind.get().id() + " is not ranked per component: "
                        + "use when");
                return false;
            }
            return true;
        });
    }

    private List<String> after(YamlMap f, Optional<String> id, Optional<RecommendationKind> kind) {
        if (!f.has("after")) return List.of();
        if (kind.isPresent() && kind.get() != RecommendationKind.ACTION) {
            problems.add(f.node("after").orElseThrow().loc(), "after is only for kind: action");
            return List.of();
        }
        List<String> after = f.strings("after");
        if (id.isPresent() && f.node("after").orElseThrow() instanceof YNode.YList list) afterNodes.put(id.get(), list);
        return after;
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
                Optional<LocalizedText> name = e.plainOrLocalized("name", true);
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
                Optional<LocalizedText> title = s.plainOrLocalized("title", true);
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
                Optional<Condition> condition = c.required("if").flatMap(node -> expressions.compile(node, "if", true));
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
