package org.parcours.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.engine.Evaluation;
import org.parcours.questionnaire.Component;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.RecommendationKind;

/**
 * The option sections (who can help, « Qui peut vous aider », after funding): per kind, one ranking per component
 * (in the engine's order), then the excluded options. Dissemination is among them for the workbook and the JSON;
 * the page and the HTML show pitches in a section of their own instead.
 */
final class OptionSections {

    /** The option sections, in the order the report shows them. */
    static final List<RecommendationKind> KINDS = List.of(RecommendationKind.GOVERNANCE, RecommendationKind.LEGAL,
            RecommendationKind.LICENCE, RecommendationKind.FUNDING, RecommendationKind.NETWORK,
            RecommendationKind.DISSEMINATION);

    private OptionSections() {
    }

    static List<OptionSection> of(Evaluation evaluation, String locale, ReportLabels labels,
                                  Map<String, ReportItem> byId, ItemResolver items) {
        List<OptionSection> sections = new ArrayList<>();
        for (RecommendationKind kind : KINDS) {
            String title = labels.get("kind." + kind.id());
            List<ReportItem> ranked = evaluation.ranked(kind).stream().map(r -> byId.get(r.id())).toList();
            Map<Optional<String>, List<ReportItem>> byComponent = new LinkedHashMap<>();
            ranked.forEach(i -> byComponent.computeIfAbsent(i.component(), c -> new ArrayList<>()).add(i));
            boolean perComponent = byComponent.keySet().stream().anyMatch(Optional::isPresent);
            List<OptionGroup> groups = new ArrayList<>();
            byComponent.forEach((component, list) -> groups.add(new OptionGroup(component,
                    perComponent ? groupTitle(evaluation.questionnaire(), component, locale, labels) : title, list)));
            sections.add(new OptionSection(kind, title, ranked, groups,
                    evaluation.excluded(kind).stream().map(items::of).toList()));
        }
        return sections;
    }

    private static String groupTitle(Questionnaire questionnaire, Optional<String> component, String locale,
                                     ReportLabels labels) {
        return component.flatMap(questionnaire::component).map(Component::title).map(t -> t.in(locale))
                .orElse(labels.get("label.whole_resource"));
    }
}
