package org.parcours.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Period;
import java.util.Optional;
import org.parcours.assessment.Retention;
import org.parcours.assessment.RetentionSetting;
import org.parcours.operator.Operator;
import org.parcours.operator.RetentionChanges;
import org.parcours.ui.MainLayout;
import org.parcours.ui.RetentionText;

/**
 * The purge's retention: what is in force and where it comes from, for every operator; for administrators, a
 * number and a unit to choose another (stored as an ISO-8601 period) and « back to the default ». A shorter one
 * is confirmed first, saying how many assessments the next purge would erase with it.
 */
@Route(value = "admin/retention", layout = MainLayout.class)
@RolesAllowed({"OPERATOR", "ADMIN"})
public class RetentionView extends Div implements LocaleChangeObserver, HasDynamicTitle, BeforeEnterObserver {

    /** The units offered, as the letter of the ISO-8601 period they make. */
    enum Unit { D, M, Y }

    private final RetentionSetting setting;
    private final RetentionChanges changes;
    private Operator operator;

    RetentionView(RetentionSetting setting, RetentionChanges changes) {
        this.setting = setting;
        this.changes = changes;
        addClassName("pc-console");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        operator = SignedInOperator.current().map(SignedInOperator::operator).orElse(null);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("retention-page.title")), new Paragraph(inForce()));
        if (operator != null && operator.isAdmin()) {
            form();
        } else {
            add(new Paragraph(getTranslation("retention-page.read-only")));
        }
    }

    private String inForce() {
        Retention configured = setting.configured();
        Optional<RetentionSetting.Chosen> chosen = setting.chosen();
        return chosen.map(c -> getTranslation("retention-page.chosen", words(c.retention()), c.retention(), c.by(),
                        new Dates(getLocale()).dateTime(c.at()), words(configured), configured))
                .orElseGet(() -> getTranslation("retention-page.configured", words(configured), configured));
    }

    private void form() {
        IntegerField amount = new IntegerField(getTranslation("retention-page.amount"));
        amount.setHelperText(getTranslation("retention-page.bounds"));
        amount.setMin(1);
        amount.setRequiredIndicatorVisible(true);
        Select<Unit> unit = new Select<>();
        unit.setLabel(getTranslation("retention-page.unit"));
        unit.setItems(Unit.values());
        unit.setItemLabelGenerator(u -> getTranslation("retention-page.unit." + u));
        Retention inForce = setting.inForce();
        if (inForce.duration().isZero()) prefill(inForce.period(), amount, unit);
        if (unit.isEmpty()) unit.setValue(Unit.M);
        Button save = new Button(getTranslation("retention-page.save"), click -> {
            String iso = amount.getValue() == null ? "" : "P" + amount.getValue() + unit.getValue();
            Retention chosen;
            try {
                chosen = setting.accepted(iso);
            } catch (RetentionSetting.OutOfBounds refused) {
                amount.setErrorMessage(getTranslation("retention-page.refused"));
                amount.setInvalid(true);
                amount.focus();
                return;
            }
            amount.setInvalid(false);
            confirmIfShorter(chosen, () -> changes.choose(operator, iso, AuditView.address()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("retention-page.back", words(setting.configured())),
                click -> confirmIfShorter(setting.configured(),
                        () -> changes.backToConfigured(operator, AuditView.address())));
        back.setEnabled(setting.chosen().isPresent());
        Div fields = new Div(amount, unit);
        fields.addClassName("pc-console-filters");
        Div actions = new Div(save, back);
        actions.addClassName("pc-console-actions");
        add(fields, actions);
    }

    /** A period of one unit is shown as it is; P1Y6M as 18 months; anything with days as days. */
    private static void prefill(Period period, IntegerField amount, Select<Unit> unit) {
        if (period.getDays() == 0 && period.getMonths() == 0) {
            amount.setValue(period.getYears());
            unit.setValue(Unit.Y);
        } else if (period.getDays() == 0) {
            amount.setValue((int) period.toTotalMonths());
            unit.setValue(Unit.M);
        } else if (period.toTotalMonths() == 0) {
            amount.setValue(period.getDays());
            unit.setValue(Unit.D);
        }
    }

    private void confirmIfShorter(Retention to, Runnable change) {
        if (!setting.isShorter(to)) {
            saved(to, change);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("retention-page.confirm.title"));
        dialog.setText(getTranslation("retention-page.confirm.text", words(to), setting.wouldErase(to)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("console.confirm.cancel"));
        dialog.setConfirmText(getTranslation("retention-page.confirm.shorten"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> saved(to, change));
        dialog.open();
    }

    private void saved(Retention to, Runnable change) {
        change.run();
        show();
        Notification.show(getTranslation("retention-page.saved", words(to)), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private String words(Retention retention) {
        return RetentionText.of(retention, this);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention-page.page-title");
    }
}
