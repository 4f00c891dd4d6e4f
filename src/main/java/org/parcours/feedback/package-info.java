/**
 * What teams say of the advice they were given (« Cette recommandation vous a-t-elle aidé ? »): a verdict and an
 * optional comment per recommendation, kept with the questionnaire version and the recommendation id — never with
 * a resume token — so that the catalogue's authors and the instance's operator can read, in aggregate, which advice
 * helps and which misleads. The tutorial evolves with its users, as the workshops wanted.
 *
 * <p>{@link org.parcours.feedback.FeedbackService} is the only way in. May use {@code assessment},
 * {@code questionnaire}, Spring and JPA; never the UI.
 */
package org.parcours.feedback;
