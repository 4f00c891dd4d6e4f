package org.parcours.ui.walk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Tells the team that the assessment changed elsewhere (another tab or device) and offers to reload it. */
final class ConflictDialog extends Dialog {

    ConflictDialog(Texts texts) {
        setHeaderTitle(texts.get("walk.conflict.title"));
        add(new Paragraph(texts.get("walk.conflict.text")));
        Button reload = new Button(texts.get("walk.conflict.reload"), click -> UI.getCurrent().getPage().reload());
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(reload);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
    }
}
