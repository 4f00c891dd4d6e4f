package org.parcours.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** Runs axe-core in the page and fails on any serious or critical violation, listing what and where. */
final class Accessibility {

    private Accessibility() {
    }

    static void assertNoSeriousViolations(Page page) {
        List<Rule> serious = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as(() -> describe(page, serious)).isEmpty();
    }

    private static String describe(Page page, List<Rule> rules) {
        return "axe-core violations on " + page.url() + ":\n" + rules.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
