package org.parcours.questionnaire.yaml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.parcours.questionnaire.Component;
import org.parcours.questionnaire.ContentTest;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.QuestionType;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.Recommendation;
import org.parcours.questionnaire.Suggestions;
import org.parcours.questionnaire.cel.ConditionCompiler;

/** Turns the merged top-level map into a {@link Questionnaire}, in the order the parts depend on each other. */
final class ModelReader {

    private static final Set<String> TOP_KEYS = Set.of("id", "version", "locales", "default_locale", "title",
            "description", "license", "authors", "dimensions", "phases", "recommendations", "tests",
            "duration_minutes", "speedboat", "components");
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");

    private final Problems problems;
    private final Map<String, String> sources;
    private final LocalDate today;

    ModelReader(Problems problems, Map<String, String> sources, LocalDate today) {
        this.problems = problems;
        this.sources = sources;
        this.today = today;
    }

    Optional<Questionnaire> read(YNode.YMap root, String folderName, Map<String, String> files) {
        YamlMap.Locales locales = locales(root);
        Optional<YamlMap> top = YamlMap.of(root, "the questionnaire", TOP_KEYS, problems, locales);
        if (top.isEmpty()) return Optional.empty();
        YamlMap f = top.get();
        Optional<String> id = f.id("id", Ids.QUESTIONNAIRE_ID, "communs-numeriques");
        id.filter(i -> !i.equals(folderName)).ifPresent(i -> problems.add(f.node("id").orElseThrow().loc(),
                "id '" + i + "' must equal the folder name '" + folderName + "': rename one of them"));
        Optional<String> version = f.string("version", true);
        version.filter(v -> !SEMVER.matcher(v).matches()).ifPresent(v -> problems.add(
                f.node("version").orElseThrow().loc(), "version '" + v + "' is not a semantic version like 1.0.0"));
        Optional<LocalizedText> title = f.text("title", true);
        Optional<LocalizedText> description = f.text("description", true);
        Optional<String> license = f.string("license", true);
        List<String> authors = authors(f);
        OptionalInt duration = duration(f);
        Set<String> dimensionIds = DimensionReader.ids(f.list("dimensions", true));
        Map<String, QuestionType> types = QuestionTypes.scan(f.list("phases", true));
        ConditionCompiler compiler = new ConditionCompiler(types, dimensionIds,
                QuestionTypes.optionCounts(f.list("phases", false)));
        compiler.precheck(ExpressionTexts.overAnswers(root), false);
        compiler.precheck(ExpressionTexts.recommendations(root), true);
        ExpressionReader expressions = new ExpressionReader(compiler, sources, problems);
        List<Dimension> dimensions = new DimensionReader(problems, locales, expressions)
                .dimensions(f.list("dimensions", false));
        Map<String, YNode.YScalar> visibleIfNodes = new HashMap<>();
        QuestionReader questionReader = new QuestionReader(problems, locales, dimensionIds, expressions,
                visibleIfNodes);
        List<Phase> phases = questionReader.phases(f.list("phases", true));
        Set<String> phaseIds = new LinkedHashSet<>(phases.stream().map(Phase::id).toList());
        checkDimensionPhases(f, dimensions, phaseIds);
        List<Question> questions = phases.stream().flatMap(p -> p.questions().stream()).toList();
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        Optional<String> island = island(f, byId);
        List<Component> components = ComponentReader.components(f, expressions);
        List<Recommendation> recommendations = new CatalogueReader(problems, locales, phaseIds, expressions,
                components, today).recommendations(f.list("recommendations", false));
        List<Question> order = VisibilityOrder.of(questions, visibleIfNodes, problems);
        List<ContentTest> tests = new TestReader(problems, locales, byId, dimensions, recommendations, components)
                .tests(f.list("tests", false));
        IdleOptions.warn(questions, dimensions, components, recommendations, questionReader::optionPlace, problems);
        if (compiler.totalCost() > ConditionCompiler.MAX_TOTAL_COST) {
            problems.add(root.loc(), "the expressions of this questionnaire could take up to " + compiler.totalCost()
                    + " evaluation steps for one evaluation; the limit is " + ConditionCompiler.MAX_TOTAL_COST
                    + ": make the loops (exists, all, map, filter) shorter or fewer");
        }
        if (!problems.isEmpty() || id.isEmpty() || version.isEmpty() || title.isEmpty() || description.isEmpty()
                || license.isEmpty()) {
            return Optional.empty();
        }
        Questionnaire.Metadata metadata = new Questionnaire.Metadata(id.get(), version.get(), locales.all(),
                locales.defaultLocale(), title.get(), description.get(), license.get(), authors, duration, island);
        Questionnaire questionnaire = new Questionnaire(metadata, dimensions, phases, components, recommendations,
                tests, files, order, problems.sortedWarnings());
        if (!questionnaire.questions().stream().map(Question::id).toList().equals(compiler.questionOrder())) {
            throw new IllegalStateException("conditions were numbered in another question order");
        }
        return Optional.of(questionnaire);
    }

    private YamlMap.Locales locales(YNode.YMap root) {
        List<String> all = new ArrayList<>();
        YNode.YMap.Entry entry = root.entries().get("locales");
        if (entry == null) {
            problems.add(root.loc(), "the questionnaire misses the required key 'locales', e.g. locales: [fr, en]");
        } else if (entry.value() instanceof YNode.YList list) {
            list.items().forEach(i -> {
                if (i instanceof YNode.YScalar s && s.value() instanceof String l && l.matches("[a-z]{2,3}")) {
                    if (all.contains(l)) problems.add(i.loc(), "locale '" + l + "' is listed twice");
                    else all.add(l);
                } else {
                    problems.add(i.loc(), "a locale is a language code such as fr or en");
                }
            });
        } else {
            problems.add(entry.value().loc(), "locales must be a list, e.g. [fr, en]");
        }
        if (all.isEmpty()) all.add("fr");
        YNode.YMap.Entry def = root.entries().get("default_locale");
        String defaultLocale = all.getFirst();
        if (def == null) {
            problems.add(root.loc(), "the questionnaire misses the required key 'default_locale'");
        } else if (def.value() instanceof YNode.YScalar s && s.value() instanceof String l && all.contains(l)) {
            defaultLocale = l;
        } else {
            problems.add(def.value().loc(), "default_locale must be one of locales " + all);
        }
        return new YamlMap.Locales(List.copyOf(all), defaultLocale);
    }

    private List<String> authors(YamlMap f) {
        List<String> authors = new ArrayList<>();
        for (YNode n : f.list("authors", false)) {
            Object v = YNode.plain(n);
            if (v instanceof String s) authors.add(s);
            else if (v instanceof Map<?, ?> m && m.get("name") instanceof String s) authors.add(s);
            else problems.add(n.loc(), "an author is a name, or a map with a name");
        }
        return authors;
    }

    private OptionalInt duration(YamlMap f) {
        Optional<Long> minutes = f.integer("duration_minutes", false);
        if (minutes.isPresent() && (minutes.get() < 1 || minutes.get() > 1000)) {
            problems.add(f.node("duration_minutes").orElseThrow().loc(), "duration_minutes must be between 1 and 1000");
            return OptionalInt.empty();
        }
        return minutes.map(m -> OptionalInt.of(m.intValue())).orElse(OptionalInt.empty());
    }

    private void checkDimensionPhases(YamlMap f, List<Dimension> dimensions, Set<String> phaseIds) {
        List<YNode> nodes = f.list("dimensions", false);
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof YNode.YMap m && m.entries().get("phase") != null
                    && YNode.plain(m.entries().get("phase").value()) instanceof String p && !phaseIds.contains(p)) {
                problems.add(m.entries().get("phase").value().loc(), "unknown phase '" + p + "'"
                        + Suggestions.didYouMean(p, phaseIds));
            }
        }
    }

    private Optional<String> island(YamlMap f, Map<String, Question> questions) {
        Optional<YNode> node = f.node("speedboat");
        if (node.isEmpty()) return Optional.empty();
        return YamlMap.of(node.get(), "speedboat", Set.of("island"), problems, f.locales())
                .flatMap(s -> s.string("island", true).flatMap(id -> {
                    Question q = questions.get(id);
                    YNode.Loc loc = s.node("island").orElseThrow().loc();
                    if (q == null) {
                        problems.add(loc, "speedboat.island names an unknown question '" + id + "'"
                                + Suggestions.didYouMean(id, questions.keySet()));
                        return Optional.empty();
                    }
                    if (q.type() != QuestionType.TEXT) {
                        problems.add(loc, "speedboat.island must name a text question; '" + id + "' is "
                                + q.type().id());
                        return Optional.empty();
                    }
                    return Optional.of(id);
                }));
    }
}
