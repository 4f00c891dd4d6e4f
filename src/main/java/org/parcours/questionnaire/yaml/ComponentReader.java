package org.parcours.questionnaire.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.questionnaire.Component;
import org.parcours.questionnaire.Condition;
import org.parcours.questionnaire.LocalizedText;

/** Reads the top-level {@code components}: the parts a resource can have, each present when its {@code if} holds. */
final class ComponentReader {

    private static final Set<String> KEYS = Set.of("id", "title", "if");

    private ComponentReader() {
    }

    static List<Component> components(YamlMap top, ExpressionReader expressions) {
        Problems problems = top.problems();
        List<Component> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YNode node : top.list("components", false)) {
            YamlMap.of(node, "component", KEYS, problems, top.locales()).ifPresent(c -> {
                Optional<String> id = c.id("id", Ids.OTHER_ID, "software");
                id.filter(i -> !ids.add(i)).ifPresent(i ->
                        problems.add(c.node("id").orElseThrow().loc(), "duplicate component id '" + i + "'"));
                Optional<LocalizedText> title = c.text("title", true);
                Optional<Condition> condition = c.node("if").flatMap(n -> expressions.compile(n, "if", false));
                if (id.isPresent() && title.isPresent() && (condition.isPresent() || !c.has("if"))) {
                    out.add(new Component(id.get(), title.get(), condition));
                }
            });
        }
        return out;
    }
}
