package org.parcours.questionnaire.yaml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parcours.questionnaire.RecommendationKind;

/**
 * Reads a recommendation's {@code checked_on} and warns when facts that go out of date (funding, legal, licence)
 * carry no date, or one more than a year before today: a fund closes, a law changes, a licence gets a new version.
 */
final class DatedFacts {

    static final Set<RecommendationKind> DATED = Set.of(RecommendationKind.FUNDING, RecommendationKind.LEGAL,
            RecommendationKind.LICENCE);
    private static final int MONTHS = 12;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DatedFacts() {
    }

    /**
     * {@code YYYY-MM-DD}, read without {@code LocalDate.parse}, whose formatter machinery costs tens of
     * milliseconds of a cold start.
     */
    private static Optional<LocalDate> parse(String text) {
        if (!ISO_DATE.matcher(text).matches()) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(text.substring(0, 4)),
                    Integer.parseInt(text.substring(5, 7)), Integer.parseInt(text.substring(8, 10))));
        } catch (DateTimeException e) {
            return Optional.empty(); // a month or a day out of range: reported as any value that is not a date
        }
    }

    /** The date, if it is written and well formed; a malformed one is a problem, a missing or stale one a warning. */
    static Optional<LocalDate> read(YamlMap f, Optional<String> id, Optional<RecommendationKind> kind,
                                    LocalDate today) {
        Problems problems = f.problems();
        Optional<LocalDate> date = f.scalar("checked_on", false).flatMap(s -> {
            Optional<LocalDate> parsed = s.value() instanceof String text ? parse(text) : Optional.empty();
            if (parsed.isPresent()) return parsed;
            problems.add(s.loc(), "checked_on must be a date written YYYY-MM-DD in quotes, e.g. \"2026-12-02\", "
                    + "not " + YNode.describe(s) + " '" + s.value() + "'");
            return Optional.empty();
        });
        String name = id.map(i -> "'" + i + "'").orElse("this recommendation");
        if (kind.isPresent() && DATED.contains(kind.get()) && !f.has("checked_on")) {
            problems.warn(f.loc(), kind.get().id() + " recommendation " + name + " has no checked_on: add "
                    + "checked_on: \"YYYY-MM-DD\", the day its facts were last checked at their sources");
        }
        date.ifPresent(d -> {
            YNode.Loc at = f.node("checked_on").orElseThrow().loc();
            if (d.plusMonths(MONTHS).isBefore(today)) {
                problems.warn(at, "checked_on " + d + " is more than " + MONTHS + " months old (today is " + today
                        + "): check " + name + " at its sources again and update the date");
            } else if (d.isAfter(today)) {
                problems.warn(at, "checked_on " + d + " is after today (" + today + "): write the day the facts "
                        + "were checked");
            }
        });
        return date;
    }
}
