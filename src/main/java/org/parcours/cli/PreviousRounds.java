package org.parcours.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcours.engine.CarryOver;
import org.parcours.engine.Engine;
import org.parcours.questionnaire.AnswersFile;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.report.PreviousRound;

/**
 * {@code report --previous}: earlier rounds, one answers file each, with an optional {@code date} (YYYY-MM-DD; the
 * file's last change otherwise) and {@code version}. A round of the current version follows the answers' rules (a
 * wrong answer stops the command at its place); a round of another version is carried over to the current folder,
 * and what could not be carried is said on standard error and in the report.
 */
final class PreviousRounds {

    private final PrintStream err;

    PreviousRounds(PrintStream err) {
        this.err = err;
    }

    /** Every round, or empty when one holds a wrong answer (already printed). */
    Optional<List<PreviousRound>> read(Questionnaire q, List<String> files) {
        List<PreviousRound> rounds = new ArrayList<>();
        boolean refused = false;
        for (String file : files) {
            Optional<PreviousRound> round = round(q, file, InputFile.read(file));
            round.ifPresent(rounds::add);
            refused |= round.isEmpty();
        }
        return refused ? Optional.empty() : Optional.of(rounds);
    }

    private Optional<PreviousRound> round(Questionnaire q, String file, String text) {
        Optional<AnswersFile.Located> read = AnswersInput.read(file, text, err);
        if (read.isEmpty()) return Optional.empty();
        AnswersFile.Located raw = read.get();
        LocalDate date = date(file, raw);
        Object version = raw.values().get("version");
        if (version == null || String.valueOf(version).equals(q.version())) {
            return AnswersInput.checked(q, raw, err).map(a -> new PreviousRound(date, Engine.evaluate(q, a)));
        }
        CarryOver carried = CarryOver.fromRaw(q, raw.values());
        carried.notCarried().forEach(n -> err.println(file + ": version " + version + " → " + q.version()
                + ": not carried over: " + n.questionId() + ": " + n.message().in("en")));
        return Optional.of(new PreviousRound(date, Engine.evaluate(q, carried.carried()), carried.notCarried()));
    }

    private static LocalDate date(String file, AnswersFile.Located raw) {
        Object date = raw.values().get("date");
        if (date == null) {
            try {
                return LocalDate.ofInstant(Files.getLastModifiedTime(InputFile.path(file)).toInstant(),
                        ZoneId.systemDefault());
            } catch (IOException e) {
                throw new UsageException(file + ": " + InputFile.why(e));
            }
        }
        try {
            return LocalDate.parse(String.valueOf(date));
        } catch (DateTimeParseException e) {
            throw new UsageException(raw.problem("date", "date expects YYYY-MM-DD, not '" + date + "'").toString());
        }
    }
}
