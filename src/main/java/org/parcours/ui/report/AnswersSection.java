package org.parcours.ui.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.parcours.report.AnswerLine;
import org.parcours.report.Report;
import org.parcours.report.ReportSection;
import org.parcours.ui.Routes;

/** The appendix: every answer, as a table with a link back to each question. */
final class AnswersSection extends ReportSectionView {

    AnswersSection(Report report, String token) {
        super(report, ReportSection.ANSWERS);
        if (report.answers().isEmpty()) {
            add(new Paragraph(ReportSection.ANSWERS.whenEmpty(report)));
            return;
        }
        Element table = new Element("table");
        table.getClassList().add("pc-answers");
        Element head = new Element("tr");
        for (String key : new String[] {"label.phase", "label.question", "label.answer"}) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(report.label(key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (AnswerLine line : report.answers()) {
            Anchor question = new Anchor(Routes.question(token, line.phaseId(), line.question().id()),
                    line.question().label());
            body.appendChild(new Element("tr").appendChild(
                    new Element("td").setText(line.phaseTitle()),
                    new Element("th").setAttribute("scope", "row").appendChild(question.getElement()),
                    new Element("td").setText(line.answer())));
        }
        table.appendChild(body);
        getElement().appendChild(table);
    }
}
