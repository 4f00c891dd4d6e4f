package org.parcours.ui.component;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableBiFunction;
import java.util.List;

/**
 * Vaadin's radio or checkbox group web component, its options bare {@code <vaadin-radio-button>} or
 * {@code <vaadin-checkbox>} elements that carry a value and a label. The browser shows and announces exactly
 * Vaadin's group; the server keeps one light element per option instead of a component with its own label,
 * renderer, listeners and signals — about 0.3 KB instead of 3 to 5 KB, most of what a page costs
 * (docs/performance.md). The group's value is the option values; what the browser sends back is not trusted
 * here: an unknown option reaches the engine, which refuses it.
 *
 * @param <C> the field type
 * @param <V> the value on the server
 * @param <P> the value as the web component's {@code value} property
 */
public abstract class LightOptionGroup<C extends LightOptionGroup<C, V, P>, V, P>
        extends AbstractSinglePropertyField<C, V> implements HasLabel, HasHelper, HasValidation {

    LightOptionGroup(V emptyValue, Class<P> propertyType, SerializableBiFunction<C, P, V> fromProperty,
                     SerializableBiFunction<C, V, P> toProperty, String optionTag, List<LightOption> choices) {
        super("value", emptyValue, propertyType, fromProperty, toProperty);
        // The engine says what is valid: the web component must not decide it on its own.
        getElement().setProperty("manualValidation", true);
        getElement().getThemeList().add("vertical");
        for (LightOption choice : choices) {
            getElement().appendChild(new Element(optionTag)
                    .setProperty("value", choice.value())
                    .setProperty("label", choice.label()));
        }
    }

    /** Whether the group offers an option with this value. */
    public final boolean offers(String value) {
        return getElement().getChildren().anyMatch(option -> value.equals(option.getProperty("value")));
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        getElement().setProperty("errorMessage", errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getElement().getProperty("errorMessage", "");
    }

    @Override
    public void setInvalid(boolean invalid) {
        getElement().setProperty("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return getElement().getProperty("invalid", false);
    }
}
