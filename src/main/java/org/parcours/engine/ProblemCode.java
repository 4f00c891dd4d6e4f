package org.parcours.engine;

/** Why an answer is not accepted; each code has a message in engine's resource bundles. */
public enum ProblemCode {
    UNKNOWN_QUESTION, UNKNOWN_OPTION, DUPLICATE_OPTION, EXCLUSIVE_COMBINED, OUT_OF_RANGE, NOT_AN_INTEGER,
    TOO_LONG, WRONG_TYPE
}
