package org.parcours.ui.walk;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.QuestionType;
import org.parcours.ui.Markup;

/**
 * One question on the page: its field with a real label, the required mark, and its help text on demand. Hiding
 * a block keeps its field, so what the team typed is still there when the question comes back.
 */
final class QuestionBlock extends Div {

    private final QuestionField<?> field;

    private QuestionBlock(QuestionField<?> field, String locale, Texts texts) {
        this.field = field;
        Question question = field.question();
        addClassName("pc-question");
        setId("question-" + question.id());
        ((HasLabel) field.component()).setLabel(question.label().in(locale));
        if (question.type() == QuestionType.MULTIPLE) {
            // A checkbox group's required indicator puts aria-required on role=group, which ARIA forbids: say it.
            ((HasHelper) field.component()).setHelperText(texts.get(question.required()
                    ? "walk.multiple.required" : "walk.multiple"));
        } else {
            ((HasValue<?, ?>) field.component()).setRequiredIndicatorVisible(question.required());
        }
        field.component().addClassName("pc-field");
        add(field.component());
        question.help().map(help -> help.in(locale)).filter(help -> !help.isBlank())
                .ifPresent(help -> add(help(texts.get("walk.help", question.label().in(locale)), help)));
    }

    static QuestionBlock of(Question question, String locale, Texts texts) {
        QuestionField<?> field = switch (question.type()) {
            case SINGLE -> new ChoiceField(question, locale);
            case MULTIPLE -> new ChoicesField(question, locale);
            case SCALE -> new ScaleField(question, locale);
            case BOOLEAN -> new YesNoField(question, texts);
            case NUMBER -> new NumberAnswerField(question, locale);
            case TEXT -> new TextAnswerField(question, texts);
        };
        return new QuestionBlock(field, locale, texts);
    }

    /**
     * Help on demand, as the browser's own disclosure widget: keyboard and screen readers know it, and the page
     * keeps one element for it, its markup shared by every team that sees the same question.
     */
    private static Markup help(String summary, String markdown) {
        String html = SharedHtml.of("help\u0000" + summary + "\u0000" + markdown,
                () -> "<summary>" + Markup.escape(summary) + "</summary>"
                        + "<div class=\"pc-help\">" + SharedHtml.markdown(markdown) + "</div>");
        return new Markup("details", "pc-help-toggle").html(html);
    }

    Question question() {
        return field.question();
    }

    void show(Optional<AnswerValue> answer) {
        field.show(answer);
    }

    Optional<AnswerValue> answer() {
        return field.answer();
    }

    void onChange(Consumer<Optional<AnswerValue>> listener) {
        field.onChange(listener);
    }

    void showProblems(List<String> messages) {
        field.showProblems(messages);
    }

    void focus() {
        field.focus();
    }
}
