package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.parcours.questionnaire.Band;
import org.parcours.questionnaire.Cap;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.Dimension;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.MessageVariant;
import org.parcours.questionnaire.Suggestions;

/** Reads the dimensions (contract §4): their bands, the bands' message variants, and the knock-out caps. */
final class DimensionReader {

    private static final Set<String> DIMENSION_KEYS = Set.of("id", "title", "bands", "phase", "caps");
    private static final Set<String> BAND_KEYS = Set.of("up_to", "level", "label", "message", "variants");
    private static final Set<String> CAP_KEYS = Set.of("if", "at_most", "because");

    private final Problems problems;
    private final YamlMap.Locales locales;
    private final ExpressionReader expressions;

    DimensionReader(Problems problems, YamlMap.Locales locales, ExpressionReader expressions) {
        this.problems = problems;
        this.locales = locales;
        this.expressions = expressions;
    }

    /**
     * The dimension ids as written, before anything is compiled: expressions are type-checked against them
     * ({@code score.<id>}). What is wrong with an id is reported when the dimensions are read.
     */
    static Set<String> ids(List<YNode> nodes) {
        Set<String> ids = new LinkedHashSet<>();
        for (YNode node : nodes) {
            if (node instanceof YNode.YMap m && m.entries().get("id") instanceof YNode.YMap.Entry e
                    && YNode.plain(e.value()) instanceof String id) {
                ids.add(id);
            }
        }
        return ids;
    }

    List<Dimension> dimensions(List<YNode> nodes) {
        List<Dimension> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YNode node : nodes) {
            YamlMap.of(node, "dimension", DIMENSION_KEYS, problems, locales).ifPresent(d -> {
                Optional<String> id = d.id("id", Ids.OTHER_ID, "identify");
                id.filter(i -> !ids.add(i)).ifPresent(i ->
                        problems.add(d.node("id").orElseThrow().loc(), "duplicate dimension id '" + i + "'"));
                Optional<LocalizedText> title = d.text("title", true);
                List<Band> bands = bands(d);
                Optional<String> phase = d.string("phase", false);
                List<Cap> caps = caps(d, id.orElse("?"), bands);
                if (id.isPresent() && title.isPresent()) {
                    out.add(new Dimension(id.get(), title.get(), bands, phase, caps));
                }
            });
        }
        return out;
    }

    private List<Band> bands(YamlMap d) {
        List<Band> bands = new ArrayList<>();
        List<YNode> nodes = d.list("bands", true);
        double previous = 0;
        YNode.Loc last = d.loc();
        for (YNode node : nodes) {
            Optional<YamlMap> fields = YamlMap.of(node, "band", BAND_KEYS, problems, locales);
            if (fields.isEmpty()) continue;
            YamlMap b = fields.get();
            OptionalDouble upTo = b.number("up_to", true);
            Optional<String> level = b.id("level", Ids.OTHER_ID, "emerging");
            Optional<LocalizedText> label = b.text("label", true);
            Optional<LocalizedText> message = b.text("message", true);
            List<MessageVariant> variants = ConditionalTexts.read(b, "variants", "message variant", "message",
                    expressions, false, MessageVariant::new);
            if (upTo.isPresent()) {
                last = b.node("up_to").orElseThrow().loc();
                if (upTo.getAsDouble() <= previous || upTo.getAsDouble() > 100) {
                    problems.add(last, "bands overlap or leave the 0..100 range: up_to " + num(upTo.getAsDouble())
                            + " must be above the previous band's " + num(previous) + " and at most 100");
                }
                previous = Math.max(previous, upTo.getAsDouble());
            }
            if (upTo.isPresent() && level.isPresent() && label.isPresent() && message.isPresent()) {
                bands.add(new Band(upTo.getAsDouble(), level.get(), label.get(), message.get(), variants));
            }
        }
        if (!nodes.isEmpty() && previous != 100) {
            problems.add(last, "the last band must end at 100 (up_to: 100), not " + num(previous));
        }
        return bands;
    }

    private List<Cap> caps(YamlMap d, String dimension, List<Band> bands) {
        List<String> levels = bands.stream().map(Band::level).toList();
        List<Cap> out = new ArrayList<>();
        for (YNode n : d.list("caps", false)) {
            YamlMap.of(n, "cap", CAP_KEYS, problems, locales).ifPresent(c -> {
                Optional<Condition> condition = c.required("if").flatMap(x -> expressions.compile(x, "if", false));
                Optional<String> atMost = c.string("at_most", true).filter(level -> {
                    YNode.Loc at = c.node("at_most").orElseThrow().loc();
                    if (!levels.contains(level)) {
                        problems.add(at, "cap at_most '" + level + "' is not a level of '" + dimension + "': one of "
                                + levels + Suggestions.didYouMean(level, levels));
                        return false;
                    }
                    if (level.equals(levels.getLast())) {
                        problems.add(at, "cap at_most '" + level + "' is the last band of '" + dimension
                                + "': it caps nothing; name a lower level");
                        return false;
                    }
                    return true;
                });
                Optional<LocalizedText> because = c.text("because", true);
                if (condition.isPresent() && atMost.isPresent() && because.isPresent()) {
                    out.add(new Cap(condition.get(), atMost.get(), because.get()));
                }
            });
        }
        return out;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
