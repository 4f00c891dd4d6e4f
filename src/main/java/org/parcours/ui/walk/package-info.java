/**
 * The guided walk through a questionnaire: one page per phase with a stepper, a progress bar, one field per
 * question, immediate saving with a visible status, and the resume link; in a round taken again, the answers carried
 * over « à confirmer » and what the previous round left behind. The engine decides what is visible,
 * valid and how far along the team is; the {@link org.parcours.assessment.AssessmentService} stores every answer.
 * A page is kept light on the server, where Vaadin holds it: choice questions use Vaadin's radio and checkbox
 * group web components with bare option elements ({@link org.parcours.ui.walk.OptionGroup}), and text nothing
 * listens to is plain markup ({@link org.parcours.ui.component.Markup}).
 */
package org.parcours.ui.walk;
