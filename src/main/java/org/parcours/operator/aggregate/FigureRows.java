package org.parcours.operator.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures as one flat table, the same for CSV and ODS: a row per shown count, with the group it belongs to
 * and what it is computed over. Merged small groups are the row {@code (others)}; nothing hidden has a row.
 */
final class FigureRows {

    static final List<String> COLUMNS = List.of("questionnaire", "version", "threshold_k", "section", "section_title",
            "key", "label", "count", "out_of");
    static final String OTHERS = "(others)";

    private FigureRows() {
    }

    record Row(String section, String sectionTitle, String key, String label, int count, int outOf) {
    }

    static List<Row> of(Aggregates figures) {
        List<Row> rows = new ArrayList<>();
        if (!figures.shown()) return rows;
        rows.add(new Row("assessments", "assessments", "all", "assessments", figures.assessments(),
                figures.assessments()));
        figures.finished().ifPresent(done -> rows.add(new Row("completion", "completion", "finished", "finished",
                done, figures.assessments())));
        List<Section> sections = new ArrayList<>(figures.levels());
        sections.addAll(figures.firstOptions());
        figures.brakes().ifPresent(sections::add);
        figures.levers().ifPresent(sections::add);
        for (Section section : sections) {
            section.cells().forEach(cell -> rows.add(new Row(section.id(), section.title(), cell.key(), cell.label(),
                    cell.count(), section.population())));
            if (section.others() > 0) {
                rows.add(new Row(section.id(), section.title(), OTHERS, OTHERS, section.others(), section.population()));
            }
        }
        for (FeedbackLine line : figures.feedback()) {
            rows.add(new Row("feedback", "feedback", line.recommendationId() + ".USEFUL", line.title(), line.useful(),
                    line.total()));
            rows.add(new Row("feedback", "feedback", line.recommendationId() + ".NOT_FOR_US", line.title(),
                    line.notForUs(), line.total()));
            rows.add(new Row("feedback", "feedback", line.recommendationId() + ".WRONG", line.title(), line.wrong(),
                    line.total()));
        }
        if (figures.feedbackOthers() > 0) {
            rows.add(new Row("feedback", "feedback", OTHERS, OTHERS, figures.feedbackOthers(), figures.feedbackOthers()));
        }
        return rows;
    }
}
