package org.parcours.ui.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parcours.report.ActionStatus;
import org.parcours.report.ActionTracking;
import org.parcours.report.ReportLabels;
import org.parcours.tracker.ActionChange;
import org.parcours.tracker.TrackedChange;
import org.parcours.tracker.TrackerOutcome;

/**
 * The follow-up of one plan action: status, owner, due date, note, the member's name for the history (optional),
 * and the history itself. A change made meanwhile by someone else is told, the form showing their values and
 * keeping their version, so that saving again keeps one's own values knowingly.
 */
final class TrackerDialog extends Dialog {

    /** Stores a change made on a version; what became of it. */
    @FunctionalInterface
    interface Keeper extends java.io.Serializable {
        TrackerOutcome keep(long version, ActionChange change, Optional<String> by);
    }

    private final Select<ActionStatus> status = new Select<>();
    private final TextField owner = new TextField();
    private final DatePicker due = new DatePicker();
    private final TextArea note = new TextArea();
    private final TextField by = new TextField();
    private final Paragraph problem = new Paragraph();
    private long version;

    TrackerDialog(String title, String language, ActionTracking now, List<TrackedChange> history, Keeper keeper,
                  SerializableConsumer<ActionTracking> saved) {
        setHeaderTitle(getTranslation("tracker.dialog.title", title));
        ReportLabels labels = ReportLabels.of(language);
        status.setLabel(getTranslation("tracker.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> s.label(labels));
        owner.setLabel(getTranslation("tracker.owner"));
        owner.setMaxLength(ActionChange.MAX_OWNER);
        due.setLabel(getTranslation("tracker.due"));
        due.setLocale(Locale.forLanguageTag(language));
        due.setMin(ActionChange.EARLIEST_DUE);
        due.setMax(ActionChange.LATEST_DUE);
        note.setLabel(getTranslation("tracker.note"));
        note.setMaxLength(ActionChange.MAX_NOTE);
        by.setLabel(getTranslation("tracker.by"));
        by.setMaxLength(ActionChange.MAX_NAME);
        for (var field : List.of(owner, note, by)) field.setWidthFull();
        problem.addClassName("pc-tracker-problem");
        problem.getElement().setAttribute("role", "alert");
        show(now);
        add(status, owner, due, note, by, problem, history(history, labels));
        Button save = new Button(getTranslation("tracker.save"), click -> save(keeper, saved, labels));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("tracker.cancel"), click -> close()), save);
        setWidth("min(40em, 95vw)");
    }

    private void show(ActionTracking tracking) {
        version = tracking.version();
        status.setValue(tracking.status());
        owner.setValue(tracking.owner().orElse(""));
        due.setValue(tracking.due().orElse(null));
        note.setValue(tracking.note().orElse(""));
    }

    private void save(Keeper keeper, SerializableConsumer<ActionTracking> saved, ReportLabels labels) {
        ActionChange change = new ActionChange(Optional.ofNullable(status.getValue()).orElse(ActionStatus.TO_START),
                Optional.of(owner.getValue()), Optional.ofNullable(due.getValue()), Optional.of(note.getValue()));
        switch (keeper.keep(version, change, Optional.of(by.getValue()))) {
            case TrackerOutcome.Saved ok -> {
                close();
                saved.accept(ok.now());
            }
            case TrackerOutcome.Conflict conflict -> {
                show(conflict.theirs());
                problem.setText(getTranslation("tracker.conflict", conflict.theirs().status().label(labels)));
            }
            case TrackerOutcome.Refused refused -> problem.setText(String.join(" ", refused.problems().stream()
                    .map(p -> getTranslation(p.key())).toList()));
            case TrackerOutcome.NotFound gone -> problem.setText(getTranslation("tracker.gone"));
        }
    }

    private com.vaadin.flow.component.Component history(List<TrackedChange> history, ReportLabels labels) {
        com.vaadin.flow.component.html.Div block = new com.vaadin.flow.component.html.Div(
                new H3(getTranslation("tracker.history")));
        if (history.isEmpty()) {
            block.add(new Paragraph(getTranslation("tracker.history.none")));
            return block;
        }
        UnorderedList lines = new UnorderedList();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(labels.locale())).withZone(ZoneOffset.UTC);
        for (TrackedChange change : history) {
            lines.add(new ListItem(getTranslation("tracker.history.line", when.format(change.at()),
                    change.by().orElse(getTranslation("tracker.member")),
                    getTranslation("tracker.field." + change.field().id()), value(change, change.before(), labels),
                    value(change, change.after(), labels))));
        }
        block.add(lines);
        return block;
    }

    private String value(TrackedChange change, Optional<String> stored, ReportLabels labels) {
        if (stored.isEmpty()) return getTranslation("tracker.empty");
        if (change.field() == org.parcours.tracker.TrackedField.STATUS) {
            return ActionStatus.ofId(stored.get()).map(s -> s.label(labels)).orElse(stored.get());
        }
        return stored.get();
    }
}
