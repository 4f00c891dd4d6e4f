package org.parcours.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.parcours.assessment.Retention;

/** The retention in words, « 18 mois » or "1 year and 6 months", in the interface's language. */
public final class RetentionText {

    private RetentionText() {
    }

    public static String of(Retention retention, Component in) {
        List<String> parts = new ArrayList<>();
        add(parts, in, "retention.years", retention.years());
        add(parts, in, "retention.months", retention.months());
        add(parts, in, "retention.days", retention.days());
        add(parts, in, "retention.hours", retention.hours());
        add(parts, in, "retention.minutes", retention.minutes());
        if (parts.size() == 1) return parts.getFirst();
        return String.join(", ", parts.subList(0, parts.size() - 1)) + in.getTranslation("retention.and")
                + parts.getLast();
    }

    private static void add(List<String> parts, Component in, String key, long amount) {
        if (amount > 0) parts.add(in.getTranslation(key, amount));
    }
}
