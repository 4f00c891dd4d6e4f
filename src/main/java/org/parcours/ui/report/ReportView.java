package org.parcours.ui.report;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.List;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.team.TeamService;
import org.parcours.report.OptionGroup;
import org.parcours.report.OptionSection;
import org.parcours.report.PhaseSection;
import org.parcours.report.PitchGroup;
import org.parcours.report.Report;
import org.parcours.report.ReportSection;
import org.parcours.report.ReportBuilder;
import org.parcours.report.ReportContext;
import org.parcours.report.ReportItem;
import org.parcours.report.svg.PhaseChart;
import org.parcours.ui.MainLayout;
import org.parcours.ui.UiTranslations;
import org.parcours.ui.Routes;

/** The personalised report of an assessment, built from its saved answers each time the page opens. */
@Route(value = "a/:token/report", layout = MainLayout.class)
public class ReportView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final AssessmentService service;
    private final Clock clock;
    private final TeamService teams;
    private AssessmentState state;
    private Report report;

    ReportView(AssessmentService service, Clock clock, TeamService teams) {
        this.teams = teams;
        this.service = service;
        this.clock = clock;
        addClassName("pc-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = service.open(event.getRouteParameters().get("token").orElse("")).orElse(null);
        if (state == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(UiTranslations.supported(getLocale()).getLanguage());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        String language = UiTranslations.supported(event.getLocale()).getLanguage();
        if (state != null && (report == null || !report.locale().equals(language))) {
            render(language);
        }
    }

    @Override
    public String getPageTitle() {
        return report == null ? "Parcours" : report.label("report.heading") + " — " + report.title() + " — Parcours";
    }

    private void render(String language) {
        ReportContext context = ReportContext.of(clock);
        report = ReportBuilder.build(state.evaluation(), language,
                state.teamName().map(context::withTeam).orElse(context));
        String token = state.token().value();
        removeAll();
        add(new H1(report.label("report.heading") + " — " + report.title()));
        add(header(), new Exports(report), new TeamHandover(teams, state.token()), summary(), nextSteps(token));
        report.options().forEach(section -> add(options(section, token)));
        add(pitches(token), new SpeedboatSection(report), new ResourcesSection(report), new AnswersSection(report, token));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private Div header() {
        Div header = new Div();
        header.addClassName("pc-report-header");
        report.team().ifPresent(team -> header.add(new Paragraph(Blocks.labelled(report, "report.team", team))));
        header.add(new Paragraph(report.labels().format("report.generated", report.dateText())));
        header.add(new Paragraph(Blocks.labelled(report, "report.progress",
                report.labels().format("report.progress.value", report.progress().answered(),
                        report.progress().visible()))));
        report.incompleteNotice().ifPresent(notice -> {
            Paragraph incomplete = new Paragraph(notice);
            incomplete.addClassName("pc-incomplete");
            header.add(incomplete);
        });
        Button print = new Button(getTranslation("report.print"),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        header.add(print);
        return header;
    }

    private Section summary() {
        Section section = new ReportSectionView(report, ReportSection.SUMMARY);
        PhaseChart chart = PhaseChart.of(report);
        section.add(Blocks.picture(chart.svg(), "pc-chart"));
        Paragraph alternative = new Paragraph(chart.textAlternative());
        alternative.addClassName("pc-visually-hidden");
        section.add(alternative);
        report.scores().forEach(score -> {
            Div line = new Div(new H3(score.title() + " — " + score.percentText()
                    + score.level().map(level -> " — " + level.label()).orElse("")), new Paragraph(score.message()));
            if (score.capped()) {
                score.caps().forEach(cap -> line.add(new Paragraph(report.labels().format("label.capped",
                        cap.because()))));
            }
            line.addClassName("pc-score");
            section.add(line);
        });
        return section;
    }

    private Section nextSteps(String token) {
        Section section = new ReportSectionView(report, ReportSection.PLAN);
        for (PhaseSection phase : report.phases()) {
            section.add(new H3(phase.title()));
            phase.score().ifPresent(score -> section.add(new Paragraph(score.percentText()
                    + score.level().map(level -> " — " + level.label()).orElse("") + " · " + score.message())));
            if (phase.actions().isEmpty()) {
                section.add(new Paragraph(ReportSection.PLAN.whenEmpty(report)));
            } else {
                section.add(actions(phase.actions(), token));
            }
            section.add(new Anchor(Routes.phase(token, phase.id()),
                    getTranslation("report.edit-phase", phase.title())));
        }
        return section;
    }

    private OrderedList actions(List<ReportItem> actions, String token) {
        OrderedList list = new OrderedList();
        for (ReportItem action : actions) {
            Details details = new Details(action.title() + " — "
                    + report.labels().format("label.colon", report.label("label.effort"), action.effortLabel()),
                    new ItemView(action, report, token));
            list.add(new ListItem(details));
        }
        return list;
    }

    private Section options(OptionSection options, String token) {
        Section section = new ReportSectionView("options-" + options.kind().id(), options.title());
        if (options.items().isEmpty()) {
            section.add(new Paragraph(ReportSection.OPTIONS.whenEmpty(report)));
        }
        for (OptionGroup group : options.groups()) {
            if (options.perComponent()) section.add(new H3(group.title()));
            ranking(section, group.items(), token);
        }
        if (!options.excluded().isEmpty()) {
            UnorderedList list = new UnorderedList();
            options.excluded().forEach(x -> list.add(new ListItem(x.title() + " — " + report.labels().format(
                    "label.not_eligible", String.join(report.label("label.list_separator"), x.reasons())))));
            Details excluded = new Details(report.labels().format("label.excluded", options.excluded().size()), list);
            excluded.addClassName("pc-excluded");
            section.add(excluded);
        }
        return section;
    }

    private void ranking(Section section, List<ReportItem> items, String token) {
        int open = Math.min(OptionSection.OPEN_BY_DEFAULT, items.size());
        items.subList(0, open).forEach(item -> section.add(option(item, token, true)));
        List<ReportItem> rest = items.subList(open, items.size());
        if (!rest.isEmpty()) {
            Div more = new Div();
            rest.forEach(item -> more.add(option(item, token, false)));
            section.add(new Details(report.labels().format("label.more", rest.size()), more));
        }
    }

    private Details option(ReportItem item, String token, boolean opened) {
        String status = report.label(item.recommended() ? "label.recommended" : "label.not_recommended");
        Details details = new Details(item.rank() + ". " + item.title() + " — " + status,
                new ItemView(item, report, token));
        details.setOpened(opened);
        details.addClassName("pc-option");
        return details;
    }

    private Section pitches(String token) {
        Section section = new ReportSectionView(report, ReportSection.PITCHES);
        if (report.pitches().isEmpty()) {
            section.add(new Paragraph(ReportSection.PITCHES.whenEmpty(report)));
        }
        for (PitchGroup group : report.pitches()) {
            section.add(new H3(group.label()));
            group.pitches().forEach(pitch -> section.add(option(pitch, token, true)));
        }
        return section;
    }
}
