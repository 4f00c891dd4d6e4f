package org.parcours.ui.report;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.parcours.report.Report;
import org.parcours.report.ReportSection;
import org.parcours.report.SpeedboatNotes;
import org.parcours.report.svg.SpeedboatPicture;

/** The speed boat as a picture drawn on the server, followed by the same content as lists. */
final class SpeedboatSection extends ReportSectionView {

    SpeedboatSection(Report report) {
        super(report, ReportSection.SPEEDBOAT);
        SpeedboatNotes boat = report.speedboat();
        add(Blocks.picture(SpeedboatPicture.of(report).svg(), "pc-speedboat"));
        part(report.label("speedboat.wind"), boat.wind(), report);
        part(report.label("speedboat.boat"), boat.boat(), report);
        part(report.label("speedboat.rocks"), boat.rocks(), report);
        add(new H3(report.label("speedboat.island")));
        add(new Paragraph(boat.island().orElse(report.label("speedboat.no_island"))));
    }

    private void part(String title, List<SpeedboatNotes.Note> notes, Report report) {
        add(new H3(title));
        if (notes.isEmpty()) {
            add(new Paragraph(report.label("speedboat.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        notes.forEach(note -> list.add(new ListItem(note.text() + " (" + note.question().label() + " — "
                + note.answer() + ")")));
        add(list);
    }
}
