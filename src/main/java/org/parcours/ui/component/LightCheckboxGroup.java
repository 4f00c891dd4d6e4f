package org.parcours.ui.component;

import com.vaadin.flow.component.Tag;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Vaadin's checkbox group with light options: the value is the set of ticked option values. */
@Tag("vaadin-checkbox-group")
public final class LightCheckboxGroup extends LightOptionGroup<LightCheckboxGroup, Set<String>, ArrayNode> {

    public LightCheckboxGroup(List<LightOption> choices) {
        super(Collections.emptySet(), ArrayNode.class, (group, property) -> fromProperty(property),
                (group, value) -> toProperty(value), "vaadin-checkbox", choices);
    }

    private static Set<String> fromProperty(ArrayNode property) {
        Set<String> values = new LinkedHashSet<>();
        if (property != null) {
            for (JsonNode item : property) {
                values.add(item.isString() ? item.stringValue() : item.toString());
            }
        }
        return Collections.unmodifiableSet(values);
    }

    private static ArrayNode toProperty(Set<String> values) {
        ArrayNode property = JsonNodeFactory.instance.arrayNode(values.size());
        values.forEach(property::add);
        return property;
    }
}
