package org.parcours.ui.report;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A section of the report page: a landmark with an id to link to and its heading. */
class ReportSection extends Section {

    ReportSection(String id, String title) {
        setId(id);
        addClassName("pc-report-section");
        add(new H2(title));
    }
}
