package org.parcours.export.json;

import java.util.Comparator;
import org.parcours.engine.Evaluation;
import org.parcours.engine.RankedRecommendation;
import org.parcours.engine.SpeedboatItem;
import org.parcours.questionnaire.Questionnaire;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes the stable report JSON fields of contract §10, texts resolved in one locale. */
public final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportJson() {
    }

    public static String write(Evaluation evaluation, String locale) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(evaluation, locale)) + "\n";
    }

    static ObjectNode tree(Evaluation e, String locale) {
        Questionnaire q = e.questionnaire();
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("questionnaire").put("id", q.id()).put("version", q.version())
                .put("contentHash", q.contentHash());
        root.put("locale", locale);
        root.putObject("progress").put("answered", e.progress().answered()).put("visible", e.progress().visible());
        ObjectNode scores = root.putObject("scores");
        e.scores().forEach((id, s) -> {
            ObjectNode score = scores.putObject(id);
            if (s.percent().isPresent()) {
                score.put("percent", Math.round(s.percent().getAsDouble() * 10) / 10.0);
            } else {
                score.putNull("percent");
                score.put("absent", "nothing attainable was answered for this dimension");
            }
            s.band().ifPresentOrElse(b -> score.put("level", b.level()), () -> score.putNull("level"));
        });
        ArrayNode recommendations = root.putArray("recommendations");
        e.recommendations().stream()
                .sorted(Comparator.comparing((RankedRecommendation r) -> r.recommendation().kind())
                        .thenComparingInt(RankedRecommendation::rank))
                .forEach(r -> recommendation(recommendations.addObject(), r, locale));
        ObjectNode boat = root.putObject("speedboat");
        items(boat.putArray("wind"), e.speedboat().wind(), locale);
        items(boat.putArray("boat"), e.speedboat().boat(), locale);
        items(boat.putArray("rocks"), e.speedboat().rocks(), locale);
        e.speedboat().island().ifPresentOrElse(i -> boat.put("island", i), () -> boat.putNull("island"));
        return root;
    }

    private static void recommendation(ObjectNode node, RankedRecommendation r, String locale) {
        node.put("id", r.id()).put("kind", r.recommendation().kind().id()).put("phase", r.recommendation().phase())
                .put("rank", r.rank()).put("fit", r.fit()).put("recommended", r.recommended());
        ArrayNode because = node.putArray("because");
        r.reasons().forEach(reason -> because.add(reason.because().in(locale)));
        ArrayNode questions = node.putArray("questions");
        r.questions().forEach(questions::add);
    }

    private static void items(ArrayNode array, java.util.List<SpeedboatItem> items, String locale) {
        items.forEach(i -> array.add(i.note().in(locale)));
    }
}
