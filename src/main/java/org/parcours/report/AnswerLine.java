package org.parcours.report;

/**
 * One line of the answers appendix: a visible, answered question and its answer as shown in the report's locale
 * (option labels, numbers with their unit, yes/no, text as typed).
 */
public record AnswerLine(String phaseId, String phaseTitle, QuestionRef question, String answer) {
}
