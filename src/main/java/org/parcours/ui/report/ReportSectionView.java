package org.parcours.ui.report;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.parcours.report.Report;
import org.parcours.report.ReportSection;

/** A section of the report page: a landmark with the id the table of contents links to, and its heading. */
class ReportSectionView extends Section {

    ReportSectionView(Report report, ReportSection section) {
        setId(section.id());
        addClassName("pc-report-section");
        add(new H2(section.title(report)));
    }

    /** A section of a kind of options inside {@link ReportSection#OPTIONS}. */
    ReportSectionView(String id, String title) {
        setId(id);
        addClassName("pc-report-section");
        add(new H2(title));
    }
}
