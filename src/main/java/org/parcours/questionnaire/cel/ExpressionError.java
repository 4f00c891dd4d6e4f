package org.parcours.questionnaire.cel;

/**
 * A problem inside one expression: {@code line} counts from 1 and {@code column} from 0 within the expression's
 * text, as CEL does; line 0 means the whole expression (no better place is known).
 */
public record ExpressionError(int line, int column, String message) {

    static ExpressionError whole(String message) {
        return new ExpressionError(0, 0, message);
    }
}
