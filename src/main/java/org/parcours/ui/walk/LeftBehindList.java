package org.parcours.ui.walk;

import java.util.List;
import java.util.Locale;
import org.parcours.assessment.Round;
import org.parcours.markup.Html;
import org.parcours.ui.component.Markup;

/**
 * What the previous round's answers held that this round's questionnaire version could not take, so that nothing
 * is dropped silently: each item in the older version's words, and why, behind the browser's own disclosure widget
 * like the help. The list never changes during the round: made once per page.
 */
final class LeftBehindList {

    private LeftBehindList() {
    }

    static Markup of(List<Round.LeftBehind> leftBehind, Texts texts, String locale) {
        Html html = new Html(512).element("summary", texts.get("walk.round.left-behind", leftBehind.size()))
                .open("div", "class", "pc-help")
                .element("p", texts.get("walk.round.left-behind.intro"))
                .open("ul");
        for (Round.LeftBehind left : leftBehind) {
            html.element("li", texts.get("walk.round.left-behind.item", left.subject().in(locale),
                    texts.get("walk.round.reason." + left.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        }
        Markup details = new Markup("details", "pc-help-toggle").html(html.close("ul").close("div"));
        details.getElement().getClassList().add("pc-left-behind");
        return details;
    }
}
