package org.parcours.ui.walk;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.parcours.engine.Progress;

/** The engine's progress over the whole questionnaire, as a progress bar with an accessible name and a sentence. */
final class OverallProgress extends Div {

    private final Texts texts;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span sentence = new Span();

    OverallProgress(Texts texts) {
        this.texts = texts;
        addClassName("pc-progress");
        sentence.setId("pc-progress-text");
        bar.getElement().setAttribute("aria-label", texts.get("walk.progress.label"));
        add(sentence, bar);
    }

    void show(Progress progress) {
        String text = texts.get("walk.progress.text", progress.answered(), progress.visible());
        sentence.setText(text);
        bar.setValue(progress.percent() / 100.0);
        bar.getElement().setAttribute("aria-valuetext", text);
    }
}
