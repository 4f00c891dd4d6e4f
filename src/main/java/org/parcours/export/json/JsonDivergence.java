package org.parcours.export.json;

import org.parcours.engine.AnswerValue;
import org.parcours.engine.NumberRange;
import org.parcours.report.Divergence;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The divergence as JSON (docs/questionnaire-format.md, « Comparison JSON »): ids and numbers, no wording. */
final class JsonDivergence {

    private JsonDivergence() {
    }

    static void write(ObjectNode node, Divergence d) {
        node.put("members", d.members());
        ArrayNode questions = node.putArray("questions");
        for (Divergence.Line line : d.questions()) {
            ObjectNode q = questions.addObject().put("id", line.question().id()).put("phase", line.question().phaseId())
                    .put("index", Math.round(line.index() * 1000) / 1000.0).put("answered", line.answered());
            ObjectNode counts = q.putObject("counts");
            line.counts().forEach(c -> counts.put(c.value(), c.count()));
            range(q, "range", line.numbers().orElse(null));
            value(q, "proposed", line.proposed().map(Divergence.Shown::value).orElse(null));
            line.agreed().ifPresent(a -> value(q, "agreed", a.value()));
        }
        ObjectNode scores = node.putObject("scores");
        for (Divergence.ScoreRange s : d.scores()) {
            ObjectNode score = scores.putObject(s.dimensionId()).put("scored", s.scored());
            range(score, "percent", s.range().orElse(null));
        }
    }

    private static void range(ObjectNode node, String name, NumberRange r) {
        if (r == null) {
            node.putNull(name);
            return;
        }
        node.putObject(name).put("min", r.min()).put("median", r.median()).put("max", r.max());
    }

    /** An answer as an answers file writes it: option id, list of ids, number, true/false. */
    static void value(ObjectNode node, String name, AnswerValue v) {
        switch (v) {
            case null -> node.putNull(name);
            case AnswerValue.Choice c -> node.put(name, c.option());
            case AnswerValue.Choices c -> {
                ArrayNode list = node.putArray(name);
                c.options().forEach(list::add);
            }
            case AnswerValue.Number n -> {
                if (n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15) node.put(name, (long) n.value());
                else node.put(name, n.value());
            }
            case AnswerValue.Bool b -> node.put(name, b.value());
            case AnswerValue.Text t -> node.put(name, t.text());
        }
    }
}
