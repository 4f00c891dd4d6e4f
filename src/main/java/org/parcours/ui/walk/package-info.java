/**
 * The guided walk through a questionnaire: one page per phase with a stepper, a progress bar, one field per
 * question, immediate saving with a visible status, and the resume link. The engine decides what is visible,
 * valid and how far along the team is; the {@link org.parcours.assessment.AssessmentService} stores every answer.
 */
package org.parcours.ui.walk;
