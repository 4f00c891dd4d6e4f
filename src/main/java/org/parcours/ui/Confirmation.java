package org.parcours.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before something that cannot be undone. Vaadin's dialog is modal, keeps the keyboard focus inside and
 * closes on Escape; the cautious choice (« Annuler ») has the focus when it opens, so Enter never confirms by
 * accident.
 */
public final class Confirmation extends Dialog {

    private final Button cancel;

    public Confirmation(String title, String text, String confirmLabel, boolean dangerous, Runnable confirmed) {
        setHeaderTitle(title);
        add(new Paragraph(text));
        cancel = new Button(getTranslation("confirm.cancel"), click -> close());
        Button confirm = new Button(confirmLabel, click -> {
            close();
            confirmed.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (dangerous) confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, confirm);
        setCloseOnOutsideClick(false);
        addClassName("pc-confirmation");
    }

    public void ask() {
        open();
        cancel.focus();
    }
}
