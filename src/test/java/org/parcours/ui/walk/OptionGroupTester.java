package org.parcours.ui.walk;

import com.vaadin.browserless.ComponentTester;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parcours.ui.component.LightOptionGroup;
import org.parcours.ui.component.LightCheckboxGroup;

/**
 * Chooses options of the walk's radio and checkbox groups by their labels, as a team would: the group must be
 * visible and enabled, and the value arrives as from the browser.
 */
public final class OptionGroupTester extends ComponentTester<LightOptionGroup<?, ?, ?>> {

    public OptionGroupTester(LightOptionGroup<?, ?, ?> group) {
        super(group);
    }

    /** Picks the radio labelled {@code label}, or ticks the checkbox so labelled besides those already ticked. */
    public void selectItem(String label) {
        selectItems(label);
    }

    /** Picks the radio, or ticks the checkboxes besides those already ticked, labelled {@code labels}. */
    public void selectItems(String... labels) {
        ensureComponentIsUsable();
        if (getComponent() instanceof LightCheckboxGroup boxes) {
            Set<String> values = new LinkedHashSet<>(boxes.getValue());
            Arrays.stream(labels).map(this::valueOf).forEach(values::add);
            sendValue(values);
        } else {
            sendValue(valueOf(labels[labels.length - 1]));
        }
    }

    /** Sends a value as a browser would, whatever it is: for requests a tampered browser could make. */
    public void sendValue(Object value) {
        setValueAsUser(value);
    }

    /** The option labels, in order. */
    public List<String> labels() {
        return getComponent().getElement().getChildren().map(option -> option.getProperty("label")).toList();
    }

    private String valueOf(String label) {
        return getComponent().getElement().getChildren()
                .filter(option -> label.equals(option.getProperty("label")))
                .map(option -> option.getProperty("value"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no option labelled '" + label + "' in " + labels()));
    }
}
