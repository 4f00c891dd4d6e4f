package org.parcours.ui.component;

import com.vaadin.flow.component.Tag;
import java.util.List;

/** Vaadin's radio group with light options: the value is the chosen option's value, or null. */
@Tag("vaadin-radio-group")
public final class LightRadioGroup extends LightOptionGroup<LightRadioGroup, String, String> {

    public LightRadioGroup(List<LightOption> choices) {
        super(null, String.class, (group, property) -> property == null || property.isEmpty() ? null : property,
                (group, value) -> value == null ? "" : value, "vaadin-radio-button", choices);
    }
}
