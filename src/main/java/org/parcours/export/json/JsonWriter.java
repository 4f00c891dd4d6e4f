package org.parcours.export.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parcours.report.ActionTracking;
import org.parcours.report.ComparisonReport;
import org.parcours.report.ExcludedItem;
import org.parcours.report.PlanItem;
import org.parcours.report.QuestionRef;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;
import org.parcours.report.Score;
import org.parcours.report.SpeedboatNotes;
import org.parcours.report.Summary;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the report JSON of contract §10 from the report model: the stable fields as named there, plus a few
 * more (title, team, date, content hash, {@code recommended}, {@code title} per recommendation) and those of
 * content format 2.0 (a score's message, {@code capped} and {@code caps}; a recommendation's {@code component} and
 * {@code against}; the {@code excluded} options per kind), in a team's report its {@code divergence}, from the second round its
 * {@code history} and, when the team set targets, the synthesis' {@code targets}. Recommendations are listed by kind, then ranking
 * (component), then rank.
 */
public final class JsonWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonWriter() {
    }

    public static String write(Report report) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report)) + "\n";
    }

    public static void write(Report report, OutputStream out) throws IOException {
        out.write(write(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The comparison alone: the questionnaire, the language and date, and the divergence. */
    public static String write(ComparisonReport c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("questionnaire").put("id", c.questionnaireId()).put("version", c.questionnaireVersion())
                .put("contentHash", c.contentHash()).put("title", c.title());
        root.put("locale", c.locale());
        root.put("date", c.date().toString());
        JsonDivergence.write(root.putObject("divergence"), c.divergence());
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    public static void write(ComparisonReport c, OutputStream out) throws IOException {
        out.write(write(c).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static ObjectNode tree(Report r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("questionnaire").put("id", r.questionnaireId()).put("version", r.questionnaireVersion())
                .put("contentHash", r.contentHash()).put("title", r.title());
        root.put("locale", r.locale());
        r.team().ifPresentOrElse(t -> root.put("team", t), () -> root.putNull("team"));
        root.put("date", r.date().toString());
        root.putObject("progress").put("answered", r.progress().answered()).put("visible", r.progress().visible());
        ObjectNode scores = root.putObject("scores");
        r.scores().forEach(s -> score(scores.putObject(s.dimensionId()), s));
        ArrayNode recommendations = root.putArray("recommendations");
        r.recommendations().forEach(i -> recommendation(recommendations.addObject(), i));
        ObjectNode excluded = root.putObject("excluded");
        r.options().forEach(section -> {
            ArrayNode kind = excluded.putArray(section.kind().id());
            section.excluded().forEach(x -> excluded(kind.addObject(), x));
        });
        ArrayNode plan = root.putArray("plan");
        r.planItems().forEach(p -> tracking(plan.addObject().put("rank", p.number()).put("horizon", p.horizon().id())
                .put("id", p.action().id()).put("title", p.action().title()).put("why", p.why())
                .put("effort", p.action().effort()), r, p));
        summary(root.putObject("summary"), r.summary());
        ObjectNode boat = root.putObject("speedboat");
        SpeedboatNotes view = r.speedboat();
        notes(boat.putArray("wind"), view.wind());
        notes(boat.putArray("boat"), view.boat());
        notes(boat.putArray("rocks"), view.rocks());
        view.island().ifPresentOrElse(i -> boat.put("island", i), () -> boat.putNull("island"));
        r.divergence().ifPresent(d -> JsonDivergence.write(root.putObject("divergence"), d));
        r.history().ifPresent(h -> JsonHistory.write(root.putObject("history"), h));
        return root;
    }

    /** How the team follows a plan action: status id, owner, due date (ISO), note, overdue on the report's date. */
    private static void tracking(ObjectNode node, Report r, PlanItem item) {
        ActionTracking t = r.trackingOf(item);
        node.put("status", t.status().id());
        t.owner().ifPresentOrElse(o -> node.put("owner", o), () -> node.putNull("owner"));
        t.due().ifPresentOrElse(d -> node.put("due", d.toString()), () -> node.putNull("due"));
        t.note().ifPresentOrElse(n -> node.put("note", n), () -> node.putNull("note"));
        node.put("overdue", r.overdue(item));
    }

    /** The synthesis, by id: what the one-page summary shows. */
    private static void summary(ObjectNode node, Summary s) {
        ArrayNode priorities = node.putArray("priorities");
        s.priorities().forEach(p -> priorities.add(p.action().id()));
        s.structure().ifPresentOrElse(i -> node.put("structure", i.id()), () -> node.putNull("structure"));
        ids(node.putArray("licences"), s.licences());
        ids(node.putArray("funding"), s.funding());
        ids(node.putArray("networks"), s.networks());
        notes(node.putArray("rocks"), s.rocks());
        if (!s.targets().isEmpty()) JsonHistory.targets(node.putObject("targets"), s.targets());
    }

    private static void ids(ArrayNode array, List<ReportItem> items) {
        items.forEach(i -> array.add(i.id()));
    }

    private static void notes(ArrayNode array, List<SpeedboatNotes.Note> notes) {
        notes.forEach(n -> array.add(n.text()));
    }

    private static void score(ObjectNode node, Score s) {
        if (s.percent().isPresent()) {
            node.put("percent", Math.round(s.percent().getAsDouble() * 10) / 10.0);
        } else {
            node.putNull("percent");
            node.put("absent", s.message());
        }
        s.level().ifPresentOrElse(l -> node.put("level", l.id()), () -> node.putNull("level"));
        if (s.level().isPresent()) node.put("message", s.message());
        node.put("capped", s.capped());
        ArrayNode caps = node.putArray("caps");
        s.caps().forEach(c -> caps.addObject().put("level", c.level()).put("because", c.because()));
    }

    private static void recommendation(ObjectNode node, ReportItem i) {
        node.put("id", i.id()).put("kind", i.kind().id()).put("phase", i.phaseId()).put("rank", i.rank())
                .put("fit", i.fit()).put("fitWord", i.fitWord().name().toLowerCase(java.util.Locale.ROOT))
                .put("recommended", i.recommended()).put("title", i.title());
        i.component().ifPresentOrElse(c -> node.put("component", c), () -> node.putNull("component"));
        ArrayNode because = node.putArray("because");
        i.reasons().forEach(w -> because.add(w.because()));
        ArrayNode against = node.putArray("against");
        i.against().forEach(w -> against.add(w.because()));
        questions(node, i.questions());
    }

    private static void excluded(ObjectNode node, ExcludedItem x) {
        node.put("id", x.id()).put("title", x.title());
        x.component().ifPresentOrElse(c -> node.put("component", c), () -> node.putNull("component"));
        ArrayNode reasons = node.putArray("reasons");
        x.reasons().forEach(reasons::add);
        questions(node, x.questions());
    }

    private static void questions(ObjectNode node, List<QuestionRef> refs) {
        ArrayNode questions = node.putArray("questions");
        refs.stream().map(QuestionRef::id).sorted().forEach(questions::add);
    }
}
