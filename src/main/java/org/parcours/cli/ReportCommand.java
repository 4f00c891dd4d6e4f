package org.parcours.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parcours.engine.Answers;
import org.parcours.engine.Engine;
import org.parcours.export.json.ReportJson;
import org.parcours.questionnaire.Questionnaire;
import org.parcours.questionnaire.QuestionnaireException;
import org.parcours.questionnaire.YamlData;

/** {@code report}: evaluates an answers file and writes the report (JSON for now). */
final class ReportCommand {

    private final PrintStream out;
    private final PrintStream err;

    ReportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Map<String, String> options = new HashMap<>();
        String folder = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else if (folder == null && !args[i].startsWith("--")) {
                folder = args[i];
            } else {
                return usage("unexpected argument '" + args[i] + "'");
            }
        }
        if (folder == null || !options.containsKey("answers")) return usage("a folder and --answers are required");
        String format = options.getOrDefault("format", "json");
        if (!format.equals("json")) {
            if (java.util.Set.of("xlsx", "pdf", "html").contains(format)) {
                err.println("parcours: --format " + format + " is not available yet (it comes with the report "
                        + "exports); use --format json");
            } else {
                err.println("parcours: unknown format '" + format + "': json | xlsx | pdf | html");
            }
            return 2;
        }
        Optional<Questionnaire> q = ValidateCommand.load(folder, err, err);
        if (q.isEmpty()) return 1;
        return report(q.get(), options);
    }

    private int report(Questionnaire q, Map<String, String> options) {
        String answersFile = options.get("answers");
        Map<String, Object> raw;
        try {
            raw = YamlData.readMap(answersFile, Files.readString(Path.of(answersFile), StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("parcours: cannot read " + answersFile + ": " + e.getMessage());
            return 2;
        } catch (QuestionnaireException e) {
            e.problems().forEach(err::println);
            return 2;
        }
        Answers.Parsed parsed = Answers.fromRaw(q, raw);
        if (!parsed.problems().isEmpty()) {
            parsed.problems().forEach(p -> err.println(answersFile + ": invalid answer to '" + p.questionId() + "': "
                    + p.message().in("en")));
            return 2;
        }
        String locale = options.getOrDefault("locale",
                raw.get("locale") instanceof String l ? l : q.defaultLocale());
        if (!q.locales().contains(locale)) {
            err.println("parcours: locale '" + locale + "' is not one of " + q.locales());
            return 2;
        }
        String json = ReportJson.write(Engine.evaluate(q, parsed.answers()), locale);
        return write(json, options.get("out"));
    }

    private int write(String text, String outFile) {
        if (outFile == null || outFile.equals("-")) {
            out.print(text);
            return 0;
        }
        try {
            Files.writeString(Path.of(outFile), text, StandardCharsets.UTF_8);
            err.println("wrote " + outFile);
            return 0;
        } catch (IOException e) {
            err.println("parcours: cannot write " + outFile + ": " + e.getMessage());
            return 2;
        }
    }

    private int usage(String message) {
        err.println("parcours: " + message);
        err.println(Cli.USAGE);
        return 2;
    }
}
