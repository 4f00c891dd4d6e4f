package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.Option;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.QuestionType;
import org.parcours.questionnaire.SpeedboatMark;
import org.parcours.questionnaire.SpeedboatPart;

/** Reads phases and their questions and options (contract §5). */
final class QuestionReader {

    private static final Set<String> PHASE_KEYS = Set.of("id", "title", "intro", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "label", "help", "required", "visible_if",
            "options", "min", "max", "min_label", "max_label", "points", "unit", "max_length");
    private static final Set<String> OPTION_KEYS = Set.of("id", "label", "points", "speedboat", "dont_know",
            "exclusive");
    private static final Set<String> SPEEDBOAT_KEYS = Set.of("part", "note");

    private final Problems problems;
    private final YamlMap.Locales locales;
    private final Set<String> dimensions;
    private final ExpressionReader expressions;
    private final Map<String, YNode.YScalar> visibleIfNodes;
    /** Where each option is written, by "question/option", for the warnings about options. */
    private final Map<String, YNode.Loc> optionPlaces = new HashMap<>();

    QuestionReader(Problems problems, YamlMap.Locales locales, Set<String> dimensions, ExpressionReader expressions,
                   Map<String, YNode.YScalar> visibleIfNodes) {
        this.problems = problems;
        this.locales = locales;
        this.dimensions = dimensions;
        this.expressions = expressions;
        this.visibleIfNodes = visibleIfNodes;
    }

    /** Where an option was read (or the file's first line for an option this reader did not read). */
    YNode.Loc optionPlace(String questionId, String optionId) {
        return optionPlaces.getOrDefault(questionId + "/" + optionId, new YNode.Loc("?", 1, 1));
    }

    List<Phase> phases(List<YNode> nodes) {
        List<Phase> phases = new ArrayList<>();
        Set<String> phaseIds = new HashSet<>();
        Set<String> questionIds = new HashSet<>();
        for (YNode node : nodes) {
            YamlMap.of(node, "phase", PHASE_KEYS, problems, locales).ifPresent(f -> {
                Optional<String> id = f.id("id", Ids.OTHER_ID, "identify");
                id.filter(i -> !phaseIds.add(i)).ifPresent(i ->
                        problems.add(f.node("id").orElseThrow().loc(), "duplicate phase id '" + i + "'"));
                Optional<LocalizedText> title = f.text("title", true);
                Optional<LocalizedText> intro = f.text("intro", false);
                List<Question> questions = new ArrayList<>();
                for (YNode q : f.list("questions", true)) {
                    question(q, id.orElse("?"), questionIds).ifPresent(questions::add);
                }
                if (id.isPresent() && title.isPresent()) {
                    phases.add(new Phase(id.get(), title.get(), intro, questions));
                }
            });
        }
        return phases;
    }

    private Optional<Question> question(YNode node, String phaseId, Set<String> questionIds) {
        Optional<YamlMap> fields = YamlMap.of(node, "question", QUESTION_KEYS, problems, locales);
        if (fields.isEmpty()) return Optional.empty();
        YamlMap f = fields.get();
        Optional<String> id = f.id("id", Ids.QUESTION_ID, "resource_type");
        id.filter(i -> !questionIds.add(i)).ifPresent(i -> problems.add(f.node("id").orElseThrow().loc(),
                "duplicate question id '" + i + "': question ids are unique in the whole questionnaire"));
        Optional<QuestionType> type = f.enumValue("type", QuestionType.class, true);
        Optional<LocalizedText> label = f.text("label", true);
        Optional<LocalizedText> help = f.text("help", false);
        boolean required = f.bool("required").orElse(type.orElse(null) != QuestionType.TEXT);
        Optional<Condition> visibleIf = f.node("visible_if").flatMap(n -> condition(n, id));
        if (type.isEmpty() || id.isEmpty() || label.isEmpty()) return Optional.empty();
        List<Option> options = options(f, type.get(), id.get());
        OptionalDouble min = f.number("min", type.get() == QuestionType.SCALE);
        OptionalDouble max = f.number("max", type.get() == QuestionType.SCALE);
        checkRange(f, type.get(), min, max);
        Map<String, Double> points = f.points("points", dimensions);
        if (!points.isEmpty() && type.get() != QuestionType.SCALE && type.get() != QuestionType.BOOLEAN) {
            problems.add(f.node("points").orElseThrow().loc(), "points on a " + type.get().id()
                    + " question are not used: give points to its options (single, multiple) or use scale/boolean");
        }
        int maxLength = maxLength(f, type.get());
        return Optional.of(new Question(id.get(), phaseId, type.get(), label.get(), help, required, visibleIf,
                options, min, max, f.text("min_label", false), f.text("max_label", false), points,
                f.text("unit", false), maxLength));
    }

    private Optional<Condition> condition(YNode node, Optional<String> questionId) {
        if (!(node instanceof YNode.YScalar scalar)) {
            problems.add(node.loc(), "visible_if must be a CEL expression in quotes");
            return Optional.empty();
        }
        questionId.ifPresent(id -> visibleIfNodes.put(id, scalar));
        return expressions.compile(scalar, "visible_if", false);
    }

    private List<Option> options(YamlMap f, QuestionType type, String questionId) {
        List<YNode> nodes = f.list("options", false);
        if (type.hasOptions() && nodes.isEmpty()) {
            problems.add(f.loc(), "a " + type.id() + " question needs options: add 'options:' with at least one "
                    + "{id, label}");
        }
        if (!type.hasOptions() && f.has("options")) {
            problems.add(f.node("options").orElseThrow().loc(), "a " + type.id()
                    + " question has no options: remove 'options' or use type single or multiple");
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YNode node : nodes) {
            option(node, type, ids).ifPresent(o -> {
                options.add(o);
                optionPlaces.put(questionId + "/" + o.id(), node.loc());
            });
        }
        return options;
    }

    private Optional<Option> option(YNode node, QuestionType type, Set<String> ids) {
        Optional<YamlMap> fields = YamlMap.of(node, "option", OPTION_KEYS, problems, locales);
        if (fields.isEmpty()) return Optional.empty();
        YamlMap f = fields.get();
        Optional<String> id = f.id("id", Ids.OTHER_ID, "software");
        id.filter(i -> !ids.add(i)).ifPresent(i ->
                problems.add(f.node("id").orElseThrow().loc(), "duplicate option id '" + i + "' in this question"));
        Optional<LocalizedText> label = f.text("label", true);
        Map<String, Double> points = f.points("points", dimensions);
        Optional<SpeedboatMark> speedboat = f.node("speedboat").flatMap(this::speedboat);
        boolean dontKnow = f.bool("dont_know").orElse(false);
        boolean exclusive = f.bool("exclusive").orElse(false);
        if (exclusive && type != QuestionType.MULTIPLE) {
            problems.add(f.node("exclusive").orElseThrow().loc(), "exclusive only makes sense in a multiple question");
        }
        if (id.isEmpty() || label.isEmpty()) return Optional.empty();
        return Optional.of(new Option(id.get(), label.get(), points, speedboat, dontKnow, exclusive));
    }

    private Optional<SpeedboatMark> speedboat(YNode node) {
        return YamlMap.of(node, "speedboat", SPEEDBOAT_KEYS, problems, locales).flatMap(f -> {
            Optional<SpeedboatPart> part = f.enumValue("part", SpeedboatPart.class, true);
            Optional<LocalizedText> note = f.text("note", true);
            return part.isPresent() && note.isPresent()
                    ? Optional.of(new SpeedboatMark(part.get(), note.get())) : Optional.empty();
        });
    }

    private void checkRange(YamlMap f, QuestionType type, OptionalDouble min, OptionalDouble max) {
        boolean numeric = type == QuestionType.SCALE || type == QuestionType.NUMBER;
        if (!numeric && (f.has("min") || f.has("max"))) {
            problems.add(f.loc(), "min and max only apply to scale and number questions");
        }
        if (type == QuestionType.SCALE) {
            min.ifPresent(v -> wholeNumber(f, "min", v));
            max.ifPresent(v -> wholeNumber(f, "max", v));
        }
        if (min.isPresent() && max.isPresent() && max.getAsDouble() <= min.getAsDouble()) {
            problems.add(f.node("max").orElseThrow().loc(), "max (" + max.getAsDouble()
                    + ") must be greater than min (" + min.getAsDouble() + ")");
        }
    }

    private void wholeNumber(YamlMap f, String key, double v) {
        if (v != Math.rint(v)) problems.add(f.node(key).orElseThrow().loc(), key + " of a scale must be a whole number");
    }

    private int maxLength(YamlMap f, QuestionType type) {
        if (type != QuestionType.TEXT) {
            if (f.has("max_length")) problems.add(f.node("max_length").orElseThrow().loc(),
                    "max_length only applies to text questions");
            return Question.DEFAULT_MAX_LENGTH;
        }
        Optional<Long> value = f.integer("max_length", false);
        if (value.isPresent() && (value.get() < 1 || value.get() > 100_000)) {
            problems.add(f.node("max_length").orElseThrow().loc(), "max_length must be between 1 and 100000");
            return Question.DEFAULT_MAX_LENGTH;
        }
        return value.map(Long::intValue).orElse(Question.DEFAULT_MAX_LENGTH);
    }
}
