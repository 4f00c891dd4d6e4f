package org.parcours.ui.walk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Says whether the last change is saved, politely announced to screen readers ({@code role=status}). */
final class SaveStatus extends Span {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Texts texts;
    private ZoneId zone = ZoneId.systemDefault();

    SaveStatus(Texts texts) {
        this.texts = texts;
        addClassName("pc-save-status");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    /** The time the team reads is its own: the browser's time zone, once the browser has told it. */
    void followBrowserTimeZone(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> zone = zoneOf(details.getTimeZoneId()));
    }

    private static ZoneId zoneOf(String id) {
        try {
            return id == null ? ZoneId.systemDefault() : ZoneId.of(id);
        } catch (RuntimeException unknown) {
            return ZoneId.systemDefault();
        }
    }

    /** The browser's time zone, once told (the server's until then). */
    ZoneId zone() {
        return zone;
    }

    /** Says something else about the last change (the team is closed…). */
    void say(String text) {
        setState("pc-not-saved", text);
    }

    void saved(Instant at) {
        setState("pc-saved", texts.get("walk.saved", TIME.withLocale(Locale.ROOT).format(at.atZone(zone))));
    }

    /** A carried answer confirmed: it is no longer « à confirmer ». */
    void confirmed(String questionLabel, Instant at) {
        setState("pc-saved", texts.get("walk.round.confirmed", questionLabel,
                TIME.withLocale(Locale.ROOT).format(at.atZone(zone))));
    }

    /** The carried answers of a page confirmed at once. */
    void confirmed(int count, Instant at) {
        setState("pc-saved", texts.get("walk.round.confirmed-page", count,
                TIME.withLocale(Locale.ROOT).format(at.atZone(zone))));
    }

    void notSaved() {
        setState("pc-not-saved", texts.get("walk.not-saved"));
    }

    void conflict() {
        setState("pc-not-saved", texts.get("walk.conflict.status"));
    }

    private void setState(String className, String text) {
        removeClassNames("pc-saved", "pc-not-saved");
        addClassName(className);
        setText(text);
    }
}
