package org.parcours.ui.team;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcours.engine.AnswerValue;
import org.parcours.engine.Comparison;
import org.parcours.engine.QuestionSpread;
import org.parcours.team.Member;
import org.parcours.team.TeamLink;
import org.parcours.team.TeamMode;
import org.parcours.team.TeamSaveOutcome;
import org.parcours.team.TeamService;
import org.parcours.team.TeamState;
import org.parcours.team.TeamView;
import org.parcours.ui.Confirmation;
import org.parcours.ui.HomeView;
import org.parcours.ui.MainLayout;
import org.parcours.ui.Routes;
import org.parcours.ui.UiTranslations;
import org.parcours.ui.walk.AnswerEditor;
import org.parcours.ui.walk.ResumeLink;

/**
 * The facilitator's page, by the facilitator link {@code /t/<link>}: the invitation to hand out (and to renew), the
 * members (present, where, finished; revoke), opening the comparison, the agreed answers prefilled with the engine's
 * proposals (mode or median), the report, closing. The members' list follows the database every second.
 */
@Route(value = "t/:link", layout = MainLayout.class)
public class FacilitatorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamService service;
    private final Div members = new Div();
    private final Span status = new Span();
    private TeamLink link;
    private TeamState team;
    private Registration polling;
    private long shownRevision;
    private int polls;

    FacilitatorView(TeamService service) {
        this.service = service;
        addClassName("pc-facilitator");
        status.getElement().setAttribute("role", "status");
        status.addClassName("pc-save-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getRouteParameters().get("link").orElse("");
        Optional<TeamView.Facilitator> view = service.facilitator(text);
        if (view.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        link = TeamLink.parse(text).orElseThrow();
        team = view.get().team();
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(org.parcours.ui.walk.TeamWalkView.POLL_MILLIS);
        polling = event.getUI().addPollListener(poll -> poll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) polling.remove();
        event.getUI().setPollInterval(-1);
    }

    private void render() {
        shownRevision = team.revision();
        removeAll();
        String title = team.questionnaire().title().in(locale());
        add(new H1(getTranslation("team.facilitator.title", title)));
        team.teamName().ifPresent(name -> add(new Paragraph(getTranslation("walk.team", name))));
        add(new Paragraph(getTranslation(team.mode() == TeamMode.ATELIER ? "team.mode.atelier.help"
                : "team.mode.croises.help")));
        add(new Paragraph(getTranslation(team.named() ? "team.named.help" : "team.anonymous.help")));
        add(status);
        if (team.closed()) add(new Paragraph(getTranslation("team.closed")));
        add(invitation(), membersSection());
        if (team.mode() == TeamMode.REGARDS_CROISES) add(comparison());
        add(closing(), ResumeLink.of(this, Routes.team(link.value()), "team.link.facilitator.title",
                "team.link.facilitator.keep", "team.link.facilitator.label"));
        showMembers();
    }

    /**
     * The invitation link: only its hash is stored, so the page shows it in the session that created or renewed it;
     * elsewhere the facilitator renews it to see one (the former one then stops working).
     */
    private Section invitation() {
        Section section = new Section();
        if (team.closed()) return section;
        Optional<String> invitation = Optional.ofNullable((String) UI.getCurrent().getSession()
                .getAttribute(Routes.invitationAttribute(link.value())));
        invitation.ifPresentOrElse(i -> section.add(ResumeLink.of(this, Routes.join(i), "team.link.invitation.title",
                        "team.link.invitation.keep", "team.link.invitation.label")),
                () -> section.add(new H2(getTranslation("team.link.invitation.title")),
                        new Paragraph(getTranslation("team.invitation.unknown"))));
        Button renew = new Button(getTranslation("team.invitation.renew"), click ->
                service.renewInvitation(link).ifPresent(renewed -> {
                    UI.getCurrent().getSession().setAttribute(Routes.invitationAttribute(link.value()),
                            renewed.value());
                    reload();
                    render();
                    status.setText(getTranslation("team.invitation.renewed"));
                }));
        section.add(renew);
        Optional.ofNullable((String) UI.getCurrent().getSession().getAttribute(
                Routes.firstMemberAttribute(link.value()))).ifPresent(first -> section.add(ResumeLink.of(this,
                Routes.member(first), "team.link.first.title", "team.link.first.keep", "team.link.member.label")));
        return section;
    }

    private Section membersSection() {
        Section section = new Section(new H2(getTranslation("team.members.title",
                team.activeMembers().size(), team.maxMembers())), members);
        members.addClassName("pc-members");
        return section;
    }

    private void showMembers() {
        members.removeAll();
        Instant now = Instant.now();
        List<Member> active = team.activeMembers();
        if (active.isEmpty()) members.add(new Paragraph(getTranslation("team.members.none")));
        for (Member m : active) {
            String name = MemberNames.of(this, m);
            List<String> facts = new ArrayList<>();
            facts.add(m.presentAt(now) ? getTranslation("team.members.present", m.currentPhase()
                    .flatMap(id -> team.questionnaire().phase(id)).map(p -> p.title().in(locale())).orElse("—"))
                    : getTranslation("team.members.absent"));
            if (m.finished()) facts.add(getTranslation("team.members.finished"));
            Div line = new Div(new Span(name + " — " + String.join(" · ", facts)));
            line.addClassName("pc-member");
            if (!team.closed()) {
                Button revoke = new Button(getTranslation("team.members.revoke"), click -> {
                    service.revoke(link, m.number());
                    reload();
                    status.setText(getTranslation("team.members.revoked", name));
                });
                revoke.getElement().setAttribute("aria-label", getTranslation("team.members.revoke-label", name));
                revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                line.add(revoke);
            }
            members.add(line);
        }
    }

    private Section comparison() {
        Section section = new Section(new H2(getTranslation("team.comparison.heading")));
        if (!team.comparisonVisible()) {
            section.add(new Paragraph(getTranslation("team.comparison.closed",
                    team.activeMembers().stream().filter(Member::finished).count(), team.activeMembers().size())));
            Button open = new Button(getTranslation("team.comparison.open"), click -> {
                service.openComparison(link);
                reload();
                render();
            });
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setEnabled(!team.closed());
            section.add(open);
            return section;
        }
        Comparison comparison = team.comparison().orElseThrow();
        section.add(new Anchor(Routes.comparison(link.value()), getTranslation("team.comparison.see")));
        section.add(new H3(getTranslation("team.agreed.title")), new Paragraph(getTranslation("team.agreed.help")));
        for (QuestionSpread spread : comparison.questions()) {
            AnswerEditor editor = AnswerEditor.of(spread.question(), locale(), this);
            String id = spread.question().id();
            Optional<AnswerValue> agreed = team.teamAnswers().answers().get(id);
            editor.show(agreed.or(spread::proposal), team.teamAnswers().versionOf(id));
            editor.onChange(value -> save(editor, value));
            editor.setEnabled(!team.closed());
            section.add(editor);
        }
        // Free text is not compared (no distance between words): the team writes its agreed text here.
        team.questionnaire().questions().stream()
                .filter(q -> q.type() == org.parcours.questionnaire.QuestionType.TEXT).forEach(q -> {
                    AnswerEditor editor = AnswerEditor.of(q, locale(), this);
                    editor.show(team.teamAnswers().answers().get(q.id()), team.teamAnswers().versionOf(q.id()));
                    editor.onChange(value -> save(editor, value));
                    editor.setEnabled(!team.closed());
                    section.add(editor);
                });
        Button keep = new Button(getTranslation("team.agreed.keep-proposals"), click -> {
            for (QuestionSpread spread : comparison.questions()) {
                String id = spread.question().id();
                if (team.teamAnswers().answers().get(id).isEmpty() && spread.proposal().isPresent()) {
                    service.answer(link, id, team.teamAnswers().versionOf(id), spread.proposal().get());
                }
            }
            reload();
            render();
            status.setText(getTranslation("team.agreed.kept"));
        });
        keep.setEnabled(!team.closed());
        section.add(keep, new Anchor(Routes.teamReport(link.value()), getTranslation("team.report.open")));
        return section;
    }

    private void save(AnswerEditor editor, Optional<AnswerValue> value) {
        Optional<String> unreadable = editor.refusal();
        if (unreadable.isPresent()) {
            editor.showProblems(List.of(unreadable.get()));
            return;
        }
        String id = editor.question().id();
        TeamSaveOutcome outcome = value.isPresent() ? service.answer(link, id, editor.version(), value.get())
                : service.clear(link, id, editor.version());
        switch (outcome) {
            case TeamSaveOutcome.Saved saved -> {
                editor.saved(saved.answers().versionOf(id));
                editor.showProblems(List.of());
                status.setText(getTranslation("team.agreed.saved", editor.question().label().in(locale())));
            }
            case TeamSaveOutcome.Refused refused -> editor.showProblems(refused.problems().stream()
                    .map(p -> p.message().in(language())).toList());
            case TeamSaveOutcome.Conflict conflict -> {
                editor.show(conflict.theirs(), conflict.mark().version());
                editor.tellConflict(Optional.empty(), () -> {
                    editor.show(value, conflict.mark().version());
                    save(editor, value);
                });
            }
            case TeamSaveOutcome.Closed closed -> status.setText(getTranslation("team.closed"));
            case TeamSaveOutcome.NotFound gone -> UI.getCurrent().navigate(Routes.team(link.value()));
        }
    }

    private Section closing() {
        Section section = new Section();
        if (team.mode() == TeamMode.ATELIER) {
            section.add(new Anchor(Routes.teamReport(link.value()), getTranslation("team.report.open")));
        }
        if (!team.closed()) {
            Button close = new Button(getTranslation("team.close"), click -> {
                service.close(link);
                reload();
                render();
            });
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            section.add(new Paragraph(getTranslation("team.close.help")), close);
        }
        Button erase = new Button(getTranslation("team.erase"), click -> new Confirmation(
                getTranslation("team.erase.title"), getTranslation("team.erase.text"),
                getTranslation("resume.erase.confirm"), true, this::erase).ask());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClassName("pc-erase");
        section.add(erase);
        return section;
    }

    private void erase() {
        service.erase(link);
        UI.getCurrent().navigate(HomeView.class);
        Notification.show(getTranslation("team.erased"), 8000, Notification.Position.TOP_CENTER);
    }

    /** Every second: the members' list as the database has it (joins, presence, finished) on every node. */
    private void poll() {
        boolean presenceDue = ++polls % 10 == 0;
        if (!presenceDue && service.revision(team) == shownRevision) return;
        reload();
        showMembers();
    }

    private void reload() {
        service.facilitator(link.value()).ifPresent(view -> {
            team = view.team();
            shownRevision = team.revision();
        });
    }

    private String language() {
        return UiTranslations.supported(getLocale()).getLanguage();
    }

    private String locale() {
        return team.questionnaire().locales().contains(language()) ? language()
                : team.questionnaire().defaultLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.facilitator.page-title");
    }
}
