package org.parcours.report;

import java.util.List;
import java.util.Optional;

/**
 * One ranking of a kind of options: those for one component (the code, the data, the content), titled with the
 * component's title, or those without a component. Ranks start at 1 in each group.
 */
public record OptionGroup(Optional<String> component, String title, List<ReportItem> items) {

    public OptionGroup {
        items = List.copyOf(items);
    }
}
