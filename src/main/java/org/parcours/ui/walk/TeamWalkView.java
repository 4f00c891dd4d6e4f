package org.parcours.ui.walk;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parcours.engine.AnswerProblem;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Engine;
import org.parcours.engine.Evaluation;
import org.parcours.markup.Html;
import org.parcours.questionnaire.Phase;
import org.parcours.questionnaire.Question;
import org.parcours.questionnaire.QuestionType;
import org.parcours.team.AnswerMark;
import org.parcours.team.AnswerSet;
import org.parcours.team.Member;
import org.parcours.team.TeamLink;
import org.parcours.team.TeamMode;
import org.parcours.team.TeamSaveOutcome;
import org.parcours.team.TeamService;
import org.parcours.team.TeamView;
import org.parcours.ui.MainLayout;
import org.parcours.ui.Routes;
import org.parcours.ui.UiTranslations;
import org.parcours.ui.component.Markup;

/**
 * A team member's walk, by their personal link {@code /m/<link>[/<phase>[/<part>]]}: the solo walk's fields,
 * stepper and progress. In an atelier the answers are the team's shared set: the page polls the team's revision in
 * the database every second and shows others' changes, who is on which page, and who last changed each answer; two
 * people changing the same answer are told ({@link ConflictDialog}). In regards croisés the member answers alone,
 * with an optional one-line reason per answer, then says they have finished.
 */
@Route(value = "m/:link/:phase?/:part?([0-9]{1,2})", layout = MainLayout.class)
public class TeamWalkView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** How often the page asks the database whether the team changed. */
    public static final int POLL_MILLIS = 1000;
    /** Presence is refreshed every this many polls: a write, kept rarer than the reads. */
    private static final int SEEN_EVERY = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TeamService service;
    private final Texts texts = this::getTranslation;
    private final Map<String, QuestionBlock> blocks = new LinkedHashMap<>();
    private final Map<String, Markup> marks = new LinkedHashMap<>();
    private final SaveStatus status = new SaveStatus(texts);
    private final Markup presence = new Markup("div", "pc-presence");
    private TeamLink link;
    private TeamView.AsMember view;
    private AnswerSet answers;
    private Evaluation evaluation;
    private WalkPosition position;
    private PhaseStepper stepper;
    private OverallProgress progress;
    private long shownRevision;
    private int polls;
    private Registration polling;

    TeamWalkView(TeamService service) {
        this.service = service;
        addClassName("pc-walk");
        presence.getElement().setAttribute("aria-live", "off");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getRouteParameters().get("link").orElse("");
        Optional<TeamView.AsMember> opened = service.member(text);
        if (opened.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        link = TeamLink.parse(text).orElseThrow();
        load(opened.get());
        Optional<Phase> phase = event.getRouteParameters().get("phase")
                .or(() -> view.me().currentPhase())
                .flatMap(id -> view.team().questionnaire().phase(id))
                .or(() -> Optional.of(view.team().questionnaire().phases().getFirst()));
        int part = event.getRouteParameters().getInteger("part").orElse(event.getRouteParameters().get("phase")
                .isPresent() ? 1 : view.me().currentPart());
        Optional<WalkPosition> target = phase.map(p -> new WalkPosition(p, part)).filter(WalkPosition::exists);
        if (target.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        position = target.get();
        service.seen(link, position.phase().id(), position.part());
        status.followBrowserTimeZone(UI.getCurrent());
        render();
    }

    private void load(TeamView.AsMember opened) {
        view = opened;
        answers = opened.answers();
        evaluation = Engine.evaluate(opened.team().questionnaire(), answers.answers());
        shownRevision = opened.team().revision();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(poll -> poll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) polling.remove();
        event.getUI().setPollInterval(-1);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (view != null && position != null) render();
    }

    @Override
    public String getPageTitle() {
        return position == null ? "Parcours" : position.phase().title().in(locale()) + " — "
                + view.team().questionnaire().title().in(locale()) + " — Parcours";
    }

    private void render() {
        removeAll();
        blocks.clear();
        marks.clear();
        Html heading = new Html().element("h1", view.team().questionnaire().title().in(locale()));
        view.team().teamName().ifPresent(name -> heading.element("p", texts.get("walk.team", name)));
        heading.element("p", texts.get(view.team().mode() == TeamMode.ATELIER ? "team.walk.atelier"
                : "team.walk.croises", memberName(view.me())), "class", "pc-team-mode");
        add(new Markup("div", "pc-walk-heading").html(heading));
        stepper = new PhaseStepper(phaseId -> Routes.memberPhase(link.value(), phaseId), position.phase().id(),
                locale(), texts);
        progress = new OverallProgress(texts);
        add(stepper, progress, status, presence);
        add(new H2(position.phase().title().in(locale())));
        if (position.partCount() > 1) {
            add(new Markup("p", "pc-part").html(Html.escaped(texts.get("walk.part", position.part(),
                    position.partCount()))));
        }
        Div questions = new Div();
        questions.addClassName("pc-questions");
        for (Question question : position.questions()) {
            QuestionBlock block = QuestionBlock.of(question, locale(), texts);
            block.show(answers.answers().get(question.id()), answers.versionOf(question.id()));
            block.onChange(answer -> save(block, answer));
            blocks.put(question.id(), block);
            questions.add(block);
            if (view.team().mode() == TeamMode.ATELIER) {
                Markup mark = new Markup("p", "pc-last-change");
                marks.put(question.id(), mark);
                block.add(mark);
            } else if (question.type() != QuestionType.TEXT) {
                block.add(reason(question));
            }
        }
        add(questions, navigation(), ResumeLink.of(this, Routes.member(link.value()), "team.link.member.title",
                "team.link.member.keep", "team.link.member.label"));
        refresh();
    }

    /** A one-line reason for one's own answer, shown with the comparison. */
    private TextField reason(Question question) {
        TextField reason = new TextField(texts.get("team.reason", question.label().in(locale())));
        reason.setMaxLength(TeamService.REASON_MAX);
        reason.setWidthFull();
        reason.setValue(answers.reason(question.id()).orElse(""));
        reason.addClassName("pc-reason");
        reason.addValueChangeListener(change -> {
            if (!change.isFromClient()) return;
            if (change.getValue().length() > TeamService.REASON_MAX) {
                reason.setErrorMessage(texts.get("team.reason.too-long", TeamService.REASON_MAX));
                reason.setInvalid(true);
                return;
            }
            reason.setInvalid(false);
            if (service.reason(link, question.id(), change.getValue())) status.saved(Instant.now());
            else gone();
        });
        return reason;
    }

    private Div navigation() {
        Div buttons = new Div();
        buttons.addClassName("pc-walk-nav");
        position.previous(evaluation).ifPresent(previous -> buttons.add(new Button(texts.get("walk.back"),
                click -> go(previous.route(phaseId -> Routes.memberPhase(link.value(), phaseId))))));
        Optional<WalkPosition> next = position.next(evaluation);
        boolean croises = view.team().mode() == TeamMode.REGARDS_CROISES;
        Button forward = new Button(texts.get(next.isPresent() ? "walk.next"
                : croises ? "team.walk.finished" : "walk.to-report"), click -> {
            if (next.isPresent()) {
                go(next.get().route(phaseId -> Routes.memberPhase(link.value(), phaseId)));
            } else if (croises) {
                service.finished(link, true);
                go(Routes.comparison(link.value()));
            } else {
                go(Routes.teamReport(link.value()));
            }
        });
        forward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buttons.add(forward);
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
        TeamSaveOutcome outcome = answer.isPresent()
                ? service.answer(link, questionId, block.version(), answer.get())
                : service.clear(link, questionId, block.version());
        switch (outcome) {
            case TeamSaveOutcome.Saved saved -> {
                setAnswers(saved.answers());
                block.saved(answers.versionOf(questionId));
                block.showProblems(List.of());
                refresh();
                status.saved(answers.mark(questionId).map(AnswerMark::updatedAt).orElse(Instant.now()));
            }
            case TeamSaveOutcome.Refused refused -> {
                block.showProblems(messages(refused.problems()));
                status.notSaved();
            }
            case TeamSaveOutcome.Conflict conflict -> conflict(block, answer, conflict);
            case TeamSaveOutcome.Closed closed -> status.say(texts.get("team.closed"));
            case TeamSaveOutcome.NotFound gone -> gone();
        }
    }

    private void conflict(QuestionBlock block, Optional<AnswerValue> mine, TeamSaveOutcome.Conflict conflict) {
        status.conflict();
        setAnswers(conflict.answers());
        block.show(conflict.theirs(), conflict.mark().version());
        refresh();
        new ConflictDialog(texts, block.question().label().in(locale()), Optional.of(changedBy(conflict.mark())),
                () -> {
                    block.show(mine, conflict.mark().version());
                    save(block, mine);
                }).open();
    }

    /** Every second: if the team changed in the database (on any node), show what changed. */
    private void poll() {
        if (++polls % SEEN_EVERY == 0) service.seen(link, position.phase().id(), position.part());
        if (service.revision(view.team()) == shownRevision && polls % SEEN_EVERY != 0) return;
        Optional<TeamView.AsMember> now = service.member(link.value());
        if (now.isEmpty()) {
            gone();
            return;
        }
        load(now.get());
        blocks.values().forEach(block -> {
            String id = block.question().id();
            if (answers.versionOf(id) != block.version()) block.show(answers.answers().get(id), answers.versionOf(id));
        });
        refresh();
    }

    private void setAnswers(AnswerSet set) {
        answers = set;
        evaluation = Engine.evaluate(view.team().questionnaire(), set.answers());
    }

    /** What the engine says now, and, in an atelier, who last changed each answer and who is where. */
    private void refresh() {
        blocks.values().forEach(block -> block.setVisible(evaluation.isVisible(block.question().id())));
        stepper.show(evaluation);
        progress.show(evaluation.progress());
        marks.forEach((id, mark) -> mark.html(Html.escaped(answers.mark(id).filter(m -> m.version() > 0)
                .map(this::changedBy).orElse(""))));
        showPresence();
    }

    private void showPresence() {
        Instant now = Instant.now();
        Html html = new Html().element("h2", texts.get("team.presence"), "class", "pc-visually-hidden").open("ul");
        for (Member m : view.team().activeMembers()) {
            if (!m.presentAt(now)) continue;
            String where = m.currentPhase().flatMap(id -> view.team().questionnaire().phase(id))
                    .map(p -> p.title().in(locale())).orElse("—");
            html.element("li", texts.get("team.presence.on", memberName(m), where));
        }
        presence.html(html.close("ul"));
    }

    private String changedBy(AnswerMark mark) {
        String who = mark.byMember().flatMap(view.team()::member).map(this::memberName)
                .orElse(texts.get("team.facilitator"));
        return texts.get("team.changed-by", who, TIME.withLocale(Locale.ROOT).format(mark.updatedAt()
                .atZone(status.zone())));
    }

    private String memberName(Member m) {
        return m.displayName().orElse(texts.get("team.member", m.number()));
    }

    private List<String> messages(List<AnswerProblem> problems) {
        return problems.stream().map(p -> p.message().in(UiTranslations.supported(getLocale()).getLanguage()))
                .toList();
    }

    private void gone() {
        go(Routes.member(link.value()));
    }

    private void go(String location) {
        UI.getCurrent().navigate(location);
    }

    private String locale() {
        String language = UiTranslations.supported(getLocale()).getLanguage();
        return view == null || view.team().questionnaire().locales().contains(language) ? language
                : view.team().questionnaire().defaultLocale();
    }
}
