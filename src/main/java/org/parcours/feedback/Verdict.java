package org.parcours.feedback;

/** A team's answer to « Cette recommandation vous a-t-elle aidé ? ». */
public enum Verdict {
    USEFUL, NOT_FOR_US, WRONG
}
