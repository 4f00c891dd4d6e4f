package org.parcours.ui.walk;

import com.vaadin.flow.component.Tag;
import java.util.List;

/** Vaadin's radio group with light options: the value is the chosen option's value, or null. */
@Tag("vaadin-radio-group")
public final class RadioGroupField extends OptionGroup<RadioGroupField, String, String> {

    public RadioGroupField(List<Choice> choices) {
        super(null, String.class, (group, property) -> property == null || property.isEmpty() ? null : property,
                (group, value) -> value == null ? "" : value, "vaadin-radio-button", choices);
    }
}
