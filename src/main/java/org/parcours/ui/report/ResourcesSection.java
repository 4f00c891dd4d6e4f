package org.parcours.ui.report;

import com.vaadin.flow.component.html.Paragraph;
import org.parcours.report.Link;
import org.parcours.report.Report;
import org.parcours.report.ReportSection;

/** Every source and example of the recommended items, once each. */
final class ResourcesSection extends ReportSectionView {

    ResourcesSection(Report report) {
        super(report, ReportSection.RESOURCES);
        if (report.resources().isEmpty()) {
            add(new Paragraph(ReportSection.RESOURCES.whenEmpty(report)));
            return;
        }
        add(Blocks.links(report.resources().stream()
                .map(resource -> new Link(resource.title(), resource.url(),
                        joined(resource.note(), report.labels().format("label.colon", report.label("label.from"),
                                resource.from()))))
                .toList()));
    }

    private static String joined(String note, String from) {
        return note.isBlank() ? from : note + " · " + from;
    }
}
