package org.parcours.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one question asked before anything is erased, saying how much and that it cannot be undone. */
final class EraseConfirmation {

    private EraseConfirmation() {
    }

    static void ask(UI ui, long count, Runnable erase) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation("console.confirm.title"));
        dialog.setText(ui.getTranslation("console.confirm.text", count));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("console.confirm.cancel"));
        dialog.setConfirmText(ui.getTranslation("console.confirm.erase"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> erase.run());
        dialog.open();
    }
}
