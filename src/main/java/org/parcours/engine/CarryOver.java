package org.parcours.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.questionnaire.LocalizedText;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.QuestionType;
import org.parcours.questionnaire.Questionnaire;

/**
 * Answers given to one version of a questionnaire, carried over to another by question id and option id. What
 * cannot be carried is listed with its reason, never dropped silently: a team re-taking the diagnostic on a newer
 * version sees what it must answer again.
 *
 * @param carried    the answers the newer version accepts as they are, or with its removed options left out
 * @param notCarried what was left behind, in the order of the older answers
 */
public record CarryOver(Answers carried, List<NotCarried> notCarried) {

    public CarryOver {
        notCarried = List.copyOf(notCarried);
    }

    /** Why an answer, or one chosen option of it, could not be carried over. */
    public enum Reason {
        /** The newer version has no question with this id. */
        QUESTION_REMOVED,
        /** The question is still there, but not this option. */
        OPTION_REMOVED,
        /** The question expects another kind of answer now (a choice became a number…). */
        TYPE_CHANGED,
        /** The answer no longer follows the question's rules (range, length, exclusive choice…). */
        INVALID
    }

    /**
     * One answer, or one chosen option of a multiple-choice answer, left behind.
     *
     * @param questionId the question, as the older version names it
     * @param value      the older answer as it was
     * @param option     the option left out, when only an option was removed
     * @param reason     why
     * @param message    why, in French and English
     */
    public record NotCarried(String questionId, AnswerValue value, Optional<String> option, Reason reason,
                             LocalizedText message) {
    }

    /** Nothing to carry: the same version, or no answers. */
    public boolean complete() {
        return notCarried.isEmpty();
    }

    /**
     * Carries {@code answers}, given against {@code from}, over to {@code to}. Never throws: answers {@code from}
     * itself would refuse are carried when {@code to} accepts them, and listed otherwise.
     */
    public static CarryOver of(Questionnaire from, Answers answers, Questionnaire to) {
        Map<String, AnswerValue> carried = new LinkedHashMap<>();
        List<NotCarried> left = new ArrayList<>();
        answers.asMap().forEach((id, value) -> {
            Optional<Question> target = to.question(id);
            if (target.isEmpty()) {
                left.add(notCarried(id, value, Optional.empty(), Reason.QUESTION_REMOVED, id));
            } else if (typeChanged(from.question(id), target.get(), value)) {
                left.add(notCarried(id, value, Optional.empty(), Reason.TYPE_CHANGED, id));
            } else {
                carry(target.get(), value, left).ifPresent(v -> carried.put(id, v));
            }
        });
        return new CarryOver(Answers.of(carried), left);
    }

    /**
     * Carries an answers file's raw values, given against a version that is not at hand, over to {@code to}: an
     * answer to a question {@code to} does not have, or of another kind than it expects, is listed (its value as
     * written), and the rest is carried as {@link #of} does.
     */
    public static CarryOver fromRaw(Questionnaire to, Map<String, ?> raw) {
        Answers.Parsed parsed = Answers.fromRaw(to, raw);
        List<NotCarried> left = new ArrayList<>();
        for (AnswerProblem p : parsed.problems()) {
            Reason reason = switch (p.code()) {
                case UNKNOWN_QUESTION -> Reason.QUESTION_REMOVED;
                case WRONG_TYPE -> Reason.TYPE_CHANGED;
                default -> null;
            };
            if (reason != null && parsed.answers().get(p.questionId()).isEmpty()) {
                left.add(notCarried(p.questionId(), asWritten(raw.get(p.questionId())), Optional.empty(), reason,
                        p.questionId()));
            }
        }
        CarryOver rest = of(to, parsed.answers(), to);
        left.addAll(rest.notCarried());
        return new CarryOver(rest.carried(), left);
    }

    /** A raw value as the file wrote it, for the list of what was not carried. */
    private static AnswerValue asWritten(Object raw) {
        return switch (raw) {
            case Boolean b -> new AnswerValue.Bool(b);
            case java.lang.Number n -> new AnswerValue.Number(n.doubleValue());
            case List<?> list -> new AnswerValue.Choices(list.stream().map(String::valueOf).toList());
            default -> new AnswerValue.Text(String.valueOf(raw));
        };
    }

    private static boolean typeChanged(Optional<Question> before, Question after, AnswerValue value) {
        QuestionType was = before.map(Question::type).orElse(after.type());
        return was != after.type() || AnswerChecker.check(after, value).stream()
                .anyMatch(p -> p.code() == ProblemCode.WRONG_TYPE);
    }

    /** The answer the newer question accepts, leaving out removed options; empty when nothing is left. */
    private static Optional<AnswerValue> carry(Question q, AnswerValue value, List<NotCarried> left) {
        AnswerValue kept = withoutRemovedOptions(q, value, left);
        if (kept instanceof AnswerValue.Choices c && c.options().isEmpty()) return Optional.empty();
        if (kept instanceof AnswerValue.Choice c && q.option(c.option()).isEmpty()) return Optional.empty();
        List<AnswerProblem> problems = AnswerChecker.check(q, kept);
        if (problems.isEmpty()) return Optional.of(kept);
        left.add(new NotCarried(q.id(), value, Optional.empty(), Reason.INVALID, problems.getFirst().message()));
        return Optional.empty();
    }

    private static AnswerValue withoutRemovedOptions(Question q, AnswerValue value, List<NotCarried> left) {
        return switch (value) {
            case AnswerValue.Choice c -> {
                if (q.option(c.option()).isEmpty()) {
                    left.add(notCarried(q.id(), value, Optional.of(c.option()), Reason.OPTION_REMOVED, c.option()));
                }
                yield value;
            }
            case AnswerValue.Choices c -> {
                List<String> kept = new ArrayList<>();
                for (String option : c.options()) {
                    if (q.option(option).isPresent()) kept.add(option);
                    else left.add(notCarried(q.id(), value, Optional.of(option), Reason.OPTION_REMOVED, option));
                }
                yield new AnswerValue.Choices(kept);
            }
            default -> value;
        };
    }

    private static NotCarried notCarried(String questionId, AnswerValue value, Optional<String> option, Reason reason,
                                         String subject) {
        return new NotCarried(questionId, value, option, reason, Messages.text("carry." + reason.name(), subject));
    }
}
