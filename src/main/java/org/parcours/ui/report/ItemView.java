package org.parcours.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.parcours.report.QuestionRef;
import org.parcours.report.Report;
import org.parcours.report.ReportItem;
import org.parcours.report.Why;
import org.parcours.ui.Routes;

/**
 * One recommendation in full: what it is, its pros and cons, effort, what it pays for and who may apply (funding),
 * examples and sources, why it fits and what to watch (the arguments against) — each reason linked to the
 * question it came from.
 */
final class ItemView extends Div {

    ItemView(ReportItem item, Report report, String token) {
        addClassName("pc-item");
        add(Blocks.rich(item.summary()));
        add(new Paragraph(Blocks.labelled(report, "label.effort", item.effortLabel())));
        if (!item.paysFor().isEmpty()) {
            add(new Paragraph(Blocks.labelled(report, "label.pays_for", String.join(", ", item.paysFor()))));
        }
        item.eligibility().ifPresent(who -> add(new Paragraph(Blocks.labelled(report, "label.eligibility", who))));
        if (!item.reasons().isEmpty()) {
            section(report.label("label.why"), reasons(item.reasons(), report, token));
        }
        if (!item.against().isEmpty()) {
            section(report.label("label.against"), reasons(item.against(), report, token));
        }
        if (!item.pros().isEmpty()) {
            section(report.label("label.pros"), Blocks.texts(item.pros()));
        }
        if (!item.cons().isEmpty()) {
            section(report.label("label.cons"), Blocks.texts(item.cons()));
        }
        if (!item.examples().isEmpty()) {
            section(report.label("label.examples"), Blocks.links(item.examples()));
        }
        if (!item.sources().isEmpty()) {
            section(report.label("label.sources"), Blocks.links(item.sources()));
        }
    }

    /** Criteria that held (reasons, or points to watch), each followed by links back to the questions it read. */
    static UnorderedList reasons(List<Why> whys, Report report, String token) {
        UnorderedList list = new UnorderedList();
        list.addClassName("pc-reasons");
        for (Why why : whys) {
            ListItem reason = new ListItem(new Span(why.because()));
            why.questions().forEach(question -> reason.add(new Span(" "), questionLink(token, question, report)));
            list.add(reason);
        }
        return list;
    }

    private static Anchor questionLink(String token, QuestionRef question, Report report) {
        Anchor link = new Anchor(Routes.question(token, question.phaseId(), question.id()),
                "(" + report.labels().format("label.from_question", question.label()) + ")");
        link.addClassName("pc-question-link");
        return link;
    }

    private void section(String title, Component content) {
        add(new H4(title), content);
    }
}
