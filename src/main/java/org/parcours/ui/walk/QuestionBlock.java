package org.parcours.ui.walk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.QuestionType;
import org.parcours.markup.Html;
import org.parcours.ui.component.Markup;
import org.parcours.ui.component.SharedHtml;

/**
 * One question on the page: its field with a real label, the required mark, and its help text on demand. Hiding
 * a block keeps its field, so what the team typed is still there when the question comes back. In a round taken
 * again, an answer carried over from the previous round is marked « à confirmer », with a button to confirm it.
 */
final class QuestionBlock extends Div {

    private final QuestionInput<?, ?> field;
    private final Texts texts;
    private final String locale;
    /** Made the first time the answer is to confirm: most blocks never need it. */
    private Button confirm;
    private Runnable onConfirm = () -> { };
    /** The version of the answer this block shows: a change names it, so a change made meanwhile is told. */
    private long version;

    private QuestionBlock(QuestionInput<?, ?> field, String locale, Texts texts) {
        this.field = field;
        this.texts = texts;
        this.locale = locale;
        Question question = field.question();
        addClassName("pc-question");
        setId("question-" + question.id());
        field.field().setLabel(question.label().in(locale));
        if (question.type() == QuestionType.MULTIPLE) {
            // A checkbox group's required indicator puts aria-required on role=group, which ARIA forbids: say it.
            field.helper(texts.get(question.required() ? "walk.multiple.required" : "walk.multiple"));
        } else {
            field.field().setRequiredIndicatorVisible(question.required());
        }
        field.field().addClassName("pc-field");
        add(field.field());
        question.help().map(help -> help.in(locale)).filter(help -> !help.isBlank())
                .ifPresent(help -> add(help(texts.get("walk.help", question.label().in(locale)), help)));
    }

    static QuestionBlock of(Question question, String locale, Texts texts) {
        QuestionInput<?, ?> field = switch (question.type()) {
            case SINGLE -> new SingleChoiceInput(question, locale);
            case MULTIPLE -> new MultipleChoiceInput(question, locale);
            case SCALE -> new ScaleInput(question, locale);
            case BOOLEAN -> new YesNoInput(question, texts);
            case NUMBER -> new NumberInput(question, locale, texts);
            case TEXT -> new TextInput(question, texts);
        };
        return new QuestionBlock(field, locale, texts);
    }

    /**
     * Help on demand, as the browser's own disclosure widget: keyboard and screen readers know it, and the page
     * keeps one element for it, its markup shared by every team that sees the same question.
     */
    private static Markup help(String summary, String markdown) {
        Html html = SharedHtml.of("help\u0000" + summary + "\u0000" + markdown, () -> new Html()
                .element("summary", summary)
                .open("div", "class", "pc-help").append(SharedHtml.markdown(markdown)).close("div"));
        return new Markup("details", "pc-help-toggle").html(html);
    }

    Question question() {
        return field.question();
    }

    /** Shows a saved answer and remembers its version. */
    void show(Optional<AnswerValue> answer, long version) {
        field.show(answer);
        this.version = version;
    }

    /** The version of the answer shown, to name in a change of it. */
    long version() {
        return version;
    }

    void saved(long version) {
        this.version = version;
    }

    void onChange(Consumer<Optional<AnswerValue>> listener) {
        field.onChange(listener);
    }

    /** Why what the field holds cannot be an answer, if it cannot. */
    Optional<String> refusal() {
        return field.refusal();
    }

    /**
     * Shows whether the answer is « à confirmer »: the mark is the first words of the field's helper, which the
     * field's input or group is described by, and the button says which question it confirms.
     */
    void toConfirm(boolean toConfirm) {
        field.mark(toConfirm ? Optional.of(texts.get("walk.round.to-confirm")) : Optional.empty());
        if (toConfirm && confirm == null) {
            confirm = new Button(texts.get("walk.round.confirm"), click -> onConfirm.run());
            confirm.setAriaLabel(texts.get("walk.round.confirm.label", question().label().in(locale)));
            confirm.addClassName("pc-confirm");
            addComponentAtIndex(indexOf(field.field()) + 1, confirm);
        }
        if (confirm != null) {
            confirm.setVisible(toConfirm);
        }
    }

    /** What « Confirmer cette réponse » does. */
    void onConfirm(Runnable action) {
        onConfirm = action;
    }

    void showProblems(List<String> messages) {
        field.showProblems(messages);
    }

    void focus() {
        field.focus();
    }
}
