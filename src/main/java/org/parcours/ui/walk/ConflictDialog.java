package org.parcours.ui.walk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Tells the team that someone else changed this very answer meanwhile (another tab, another device, a teammate).
 * The field already shows the other answer; the team keeps it, or puts its own back knowingly.
 */
final class ConflictDialog extends Dialog {

    ConflictDialog(Texts texts, String questionLabel, Runnable putMineBack) {
        this(texts, questionLabel, java.util.Optional.empty(), putMineBack);
    }

    /** @param theirs who changed the answer, when, and to what, when the page knows (a team's shared answers) */
    ConflictDialog(Texts texts, String questionLabel, java.util.Optional<String> theirs, Runnable putMineBack) {
        setHeaderTitle(texts.get("walk.conflict.title"));
        add(new Paragraph(texts.get("walk.conflict.text", questionLabel)));
        theirs.ifPresent(text -> add(new Paragraph(text)));
        Button keepTheirs = new Button(texts.get("walk.conflict.keep-theirs"), click -> close());
        keepTheirs.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button mine = new Button(texts.get("walk.conflict.put-mine-back"), click -> {
            close();
            putMineBack.run();
        });
        getFooter().add(mine, keepTheirs);
        setCloseOnOutsideClick(false);
    }
}
