package org.parcours.ui.walk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.assessment.AssessmentErasure;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.AnswerProblem;
import org.parcours.engine.AnswerValue;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Question;
import org.parcours.markup.Html;
import org.parcours.ui.MainLayout;
import org.parcours.ui.ResumeArea;
import org.parcours.ui.Routes;
import org.parcours.ui.UiTranslations;
import org.parcours.ui.component.Markup;
import org.parcours.ui.component.SharedHtml;

/**
 * One page of an assessment: a phase, or a part of a long phase. Its address is the resume link:
 * {@code /a/<token>} reopens the phase the team was on, {@code /a/<token>/<phase>[/<part>]} a given page, and
 * {@code ?question=<id>} the page of a question, which then takes the focus. Each change is saved at once through
 * the service, which has the engine check it; the page then shows what the engine now says is visible, invalid,
 * missing and done. In a round taken again, each answer carried over from the previous round is « à confirmer »
 * until the team saves it again or confirms it; each page says which round it is, how many answers remain to
 * confirm and where, and what the previous round held that this questionnaire version could not take.
 */
@Route(value = "a/:token/:phase?/:part?([0-9]{1,2})", layout = MainLayout.class)
public class AssessmentView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final AssessmentService service;
    private final AssessmentErasure erasure;
    private final Texts texts = this::getTranslation;
    private final Map<String, QuestionBlock> blocks = new LinkedHashMap<>();
    private final SaveStatus status = new SaveStatus(texts);
    private PhaseStepper stepper;
    private OverallProgress progress;
    private ToConfirmNotice toConfirm;
    private Button confirmPage;
    private AssessmentState state;
    private Phase phase;
    private WalkPosition position;
    private Optional<String> focusQuestion = Optional.empty();
    private String renderedLocale = "";

    AssessmentView(AssessmentService service, AssessmentErasure erasure) {
        this.service = service;
        this.erasure = erasure;
        addClassName("pc-walk");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        Optional<AssessmentState> opened = service.open(token);
        if (opened.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        state = opened.get();
        Optional<String> phaseId = event.getRouteParameters().get("phase");
        if (phaseId.isEmpty()) {
            String resumeAt = state.currentPhase().orElse(state.questionnaire().phases().getFirst().id());
            Map<String, String> page = new HashMap<>(Map.of("token", token, "phase", resumeAt));
            if (state.currentPart() > 1) {
                page.put("part", String.valueOf(state.currentPart()));
            }
            event.forwardTo(AssessmentView.class, new RouteParameters(page));
            return;
        }
        Optional<Phase> found = state.questionnaire().phase(phaseId.get());
        int part = event.getRouteParameters().getInteger("part").orElse(1);
        focusQuestion = event.getLocation().getQueryParameters().getSingleParameter(Routes.QUESTION_PARAMETER);
        Optional<WalkPosition> target = focusQuestion.flatMap(id -> WalkPosition.of(state.questionnaire(), id))
                .or(() -> found.map(p -> new WalkPosition(p, part)))
                .filter(WalkPosition::exists);
        if (target.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        position = target.get();
        phase = position.phase();
        rememberPhase();
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (state != null && !locale().equals(renderedLocale)) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return phase == null ? "Parcours"
                : phase.title().in(locale()) + " — " + state.questionnaire().title().in(locale()) + " — Parcours";
    }

    /** Not an edit: it moves no answer's version, so paging never makes another device's next answer a conflict. */
    private void rememberPhase() {
        boolean moved = !state.currentPhase().filter(phase.id()::equals).isPresent()
                || state.currentPart() != position.part();
        if (moved) {
            service.moveTo(state.token(), phase.id(), position.part());
        }
        status.followBrowserTimeZone(UI.getCurrent());
    }

    private void render() {
        renderedLocale = locale();
        removeAll();
        blocks.clear();
        add(heading());
        toConfirm = new ToConfirmNotice(texts);
        add(toConfirm);
        if (!state.round().leftBehind().isEmpty()) {
            add(LeftBehindList.of(state.round().leftBehind(), texts, locale()));
        }
        stepper = new PhaseStepper(token(), phase.id(), locale(), texts);
        progress = new OverallProgress(texts);
        add(stepper, progress, status);
        add(new H2(phase.title().in(locale())));
        if (position.partCount() > 1) {
            add(new Markup("p", "pc-part").html(Html.escaped(
                    texts.get("walk.part", position.part(), position.partCount()))));
        }
        if (position.part() == 1) {
            phase.intro().map(intro -> intro.in(locale())).filter(intro -> !intro.isBlank()).ifPresent(intro ->
                    add(new Markup("div", "pc-intro").html(SharedHtml.markdown(intro))));
        }
        Div questions = new Div();
        questions.addClassName("pc-questions");
        for (Question question : position.questions()) {
            QuestionBlock block = QuestionBlock.of(question, locale(), texts);
            block.show(state.answers().get(question.id()), state.versionOf(question.id()));
            block.onChange(answer -> save(block, answer));
            block.onConfirm(() -> confirm(block));
            blocks.put(question.id(), block);
            questions.add(block);
        }
        confirmPage = new Button("", click -> confirmPage());
        confirmPage.addClassName("pc-confirm-page");
        add(questions, confirmPage, navigation(), new ResumeArea(service, erasure, state.token(), position::route));
        refresh();
        focusQuestion.map(blocks::get).filter(QuestionBlock::isVisible).ifPresent(QuestionBlock::focus);
    }

    /** The questionnaire's title, the team's name and, from the second round on, which round: text only. */
    private Markup heading() {
        Html html = new Html().element("h1", state.questionnaire().title().in(locale()));
        state.teamName().ifPresent(name -> html.element("p", texts.get("walk.team", name)));
        if (state.round().repeated()) {
            html.element("p", texts.get("round.number", state.round().number()), "class", "pc-round-number");
        }
        return new Markup("div", "pc-walk-heading").html(html);
    }

    private Div navigation() {
        Div buttons = new Div();
        buttons.addClassName("pc-walk-nav");
        position.previous(state.evaluation()).ifPresent(previous ->
                buttons.add(new Button(texts.get("walk.back"), click -> go(previous.route(token())))));
        boolean last = position.next(state.evaluation()).isEmpty();
        Button next = new Button(texts.get(last ? "walk.to-report" : "walk.next"), click -> {
            if (requiredAreAnswered()) {
                go(position.next(state.evaluation()).map(page -> page.route(token()))
                        .orElse(Routes.report(token())));
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buttons.add(next);
        return buttons;
    }

    private void save(QuestionBlock block, Optional<AnswerValue> answer) {
        Optional<String> unreadable = block.refusal();
        if (unreadable.isPresent()) {
            block.showProblems(List.of(unreadable.get()));
            status.notSaved();
            return;
        }
        String questionId = block.question().id();
        SaveOutcome outcome = answer.isPresent()
                ? service.answer(state.token(), questionId, block.version(), answer.get())
                : service.clear(state.token(), questionId, block.version());
        switch (outcome) {
            case SaveOutcome.Saved saved -> {
                state = saved.state();
                block.saved(state.versionOf(questionId));
                block.showProblems(List.of());
                refresh();
                status.saved(state.updatedAt());
            }
            case SaveOutcome.Refused refused -> {
                block.showProblems(messages(refused.problems()));
                status.notSaved();
            }
            case SaveOutcome.Conflict conflict -> conflict(block, answer, conflict);
            case SaveOutcome.NotFound gone -> go(Routes.resume(token()));
        }
    }

    /**
     * Shows what the engine says now: which questions are visible, the progress, where each phase stands; and
     * which answers are still « à confirmer » (saving an answer, here or elsewhere, confirms it too).
     */
    private void refresh() {
        blocks.values().forEach(block -> {
            block.setVisible(state.evaluation().isVisible(block.question().id()));
            block.toConfirm(state.round().toConfirm(block.question().id()));
        });
        Map<String, List<String>> toConfirmByPhase = ToConfirmNotice.byPhase(state);
        Map<String, Integer> counts = new HashMap<>();
        toConfirmByPhase.forEach((phaseId, questions) -> counts.put(phaseId, questions.size()));
        stepper.show(state.evaluation(), counts);
        progress.show(state.evaluation().progress());
        toConfirm.show(toConfirmByPhase, state, locale());
        int onPage = toConfirmOnThisPage().size();
        confirmPage.setVisible(onPage > 0);
        confirmPage.setText(texts.get("walk.round.confirm-page", onPage));
    }

    private List<QuestionBlock> toConfirmOnThisPage() {
        return onThisPage(state.round().toConfirm());
    }

    /**
     * The team reviewed the page and its carried answers hold, as shown: each is confirmed on the terms of
     * {@link #confirm}; the first one changed meanwhile elsewhere stops there and is told as a conflict.
     */
    private void confirmPage() {
        int confirmed = 0;
        for (QuestionBlock block : toConfirmOnThisPage()) {
            String questionId = block.question().id();
            SaveOutcome outcome = service.confirm(state.token(), questionId, block.version());
            if (outcome instanceof SaveOutcome.Saved saved) {
                state = saved.state();
                block.show(state.answers().get(questionId), state.versionOf(questionId));
                block.showProblems(List.of());
                confirmed++;
            } else if (outcome instanceof SaveOutcome.Conflict conflict) {
                refresh();
                conflict(block, state.answers().get(questionId), conflict);
                return;
            } else if (outcome instanceof SaveOutcome.NotFound) {
                go(Routes.resume(token()));
                return;
            }
        }
        refresh();
        status.confirmed(confirmed, state.updatedAt());
        blocks.values().stream().filter(QuestionBlock::isVisible).findFirst().ifPresent(QuestionBlock::focus);
    }

    /**
     * The team says the answer carried over still holds, as shown: on the same terms as a change of it, so an
     * answer changed meanwhile elsewhere is told as a conflict. The focus goes back to the field, the button gone.
     */
    private void confirm(QuestionBlock block) {
        String questionId = block.question().id();
        switch (service.confirm(state.token(), questionId, block.version())) {
            case SaveOutcome.Saved saved -> {
                state = saved.state();
                // The answer confirmed is the one saved: the field shows it again, were it holding a refused value.
                block.show(state.answers().get(questionId), state.versionOf(questionId));
                block.showProblems(List.of());
                refresh();
                status.confirmed(block.question().label().in(locale()), state.updatedAt());
                block.focus();
            }
            case SaveOutcome.Conflict conflict -> conflict(block, state.answers().get(questionId), conflict);
            case SaveOutcome.Refused refused -> status.notSaved(); // confirming keeps a valid answer: not seen
            case SaveOutcome.NotFound gone -> go(Routes.resume(token()));
        }
    }

    /** The engine says which required questions lack a valid answer; the page marks those it shows. */
    private boolean requiredAreAnswered() {
        List<QuestionBlock> missing = onThisPage(state.evaluation().missingRequired());
        missing.forEach(block -> block.showProblems(List.of(texts.get("walk.required"))));
        missing.stream().findFirst().ifPresent(QuestionBlock::focus);
        return missing.isEmpty();
    }

    private List<QuestionBlock> onThisPage(Collection<String> questionIds) {
        return questionIds.stream().map(blocks::get).filter(block -> block != null && block.isVisible()).toList();
    }

    /** The field shows the answer saved meanwhile; the team keeps it or puts its own back, knowingly. */
    private void conflict(QuestionBlock block, Optional<AnswerValue> mine, SaveOutcome.Conflict conflict) {
        status.conflict();
        state = conflict.state();
        block.show(conflict.theirs(), conflict.version());
        refresh();
        new ConflictDialog(texts, block.question().label().in(locale()), () -> {
            block.show(mine, conflict.version());
            save(block, mine);
        }).open();
    }

    private List<String> messages(List<AnswerProblem> problems) {
        return problems.stream().map(problem -> problem.message().in(UiTranslations.supported(getLocale()).getLanguage()))
                .toList();
    }

    private void go(String location) {
        UI.getCurrent().navigate(location);
    }

    private String token() {
        return state.token().value();
    }

    /** The questionnaire's language closest to the interface's. */
    private String locale() {
        String language = UiTranslations.supported(getLocale()).getLanguage();
        return state == null || state.questionnaire().locales().contains(language) ? language
                : state.questionnaire().defaultLocale();
    }
}
