package org.parcours.ui.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.parcours.assessment.EarlierRound;
import org.parcours.report.Formats;
import org.parcours.ui.Routes;

/** The earlier rounds of the diagnostic, each with its date, its questionnaire version and a link to read it. */
final class EarlierRounds extends Div {

    EarlierRounds(List<EarlierRound> rounds, String token, String language, Function<EarlierRound, LocalDate> dateOf) {
        addClassName("pc-earlier-rounds");
        add(new H2(getTranslation("round.earlier.title")));
        UnorderedList list = new UnorderedList();
        for (EarlierRound round : rounds) {
            Anchor read = new Anchor(Routes.round(token, round.number()),
                    getTranslation("round.earlier.read", round.number()));
            list.add(new ListItem(new Div(getTranslation("round.earlier.item", round.number(),
                    Formats.longDate(dateOf.apply(round), language), round.questionnaire().version())), read));
        }
        add(list);
    }
}
