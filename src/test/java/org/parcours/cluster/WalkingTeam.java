package org.parcours.cluster;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.parcours.cluster.UidlClient.Element;
import tools.jackson.databind.JsonNode;

/**
 * One simulated team: starts a diagnostic from the home page, answers every question it is shown (a random option,
 * a few words, a number) after a think time, goes on page after page, opens its report, then starts again, until
 * the run is over. Every request's time goes to {@link LoadFigures}; a failed request ends the walk as an error.
 */
final class WalkingTeam implements Runnable {

    private static final int MAX_ROUNDS_PER_PAGE = 20;
    private static final Duration HEARTBEAT = Duration.ofSeconds(50);

    private final UidlClient client;
    private final Instant end;
    private final Duration minThink;
    private final Duration maxThink;
    private final LoadFigures figures;
    private Instant lastBeat = Instant.now();

    WalkingTeam(UidlClient client, Instant end, Duration minThink, Duration maxThink, LoadFigures figures) {
        this.client = client;
        this.end = end;
        this.minThink = minThink;
        this.maxThink = maxThink;
        this.figures = figures;
    }

    @Override
    public void run() {
        try {
            while (Instant.now().isBefore(end)) walkOneDiagnostic();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException failed) {
            figures.error(failed);
        }
    }

    private void walkOneDiagnostic() throws IOException, InterruptedException {
        figures.page(client.open("/"));
        lastBeat = Instant.now();
        think();
        Element start = client.find(e -> e.tag().equals("vaadin-button")
                && e.attribute("aria-label").orElse("").startsWith("Commencer le diagnostic")).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no start button on the home page"));
        figures.page(client.click(start));
        figures.started();
        while (Instant.now().isBefore(end)) {
            answerThePage();
            Optional<Element> report = client.button("Voir mon rapport");
            if (report.isPresent()) {
                think();
                figures.page(client.click(report.get()));
                figures.finished();
                return;
            }
            Element next = client.button("Continuer")
                    .orElseThrow(() -> new IllegalStateException("neither « Continuer » nor « Voir mon rapport »"));
            think();
            figures.page(client.click(next));
        }
    }

    /** Answers what the page shows, again while answers open new questions. */
    private void answerThePage() throws IOException, InterruptedException {
        Set<Integer> answered = new HashSet<>();
        for (int round = 0; round < MAX_ROUNDS_PER_PAGE && Instant.now().isBefore(end); round++) {
            Optional<Element> question = client.find(e -> isQuestion(e) && !answered.contains(e.id)).stream()
                    .findFirst();
            if (question.isEmpty()) return;
            answered.add(question.get().id);
            think();
            figures.answer(answer(question.get()));
        }
    }

    private UidlClient.Timing answer(Element field) throws IOException, InterruptedException {
        return switch (field.tag()) {
            case "vaadin-radio-group" -> client.choose(field, List.of(randomOption(field)));
            case "vaadin-checkbox-group" -> client.choose(field, List.of(field.children().getFirst()
                    .property("value").map(JsonNode::asString).orElseThrow()));
            case "vaadin-text-area" -> client.type(field, "Réponse d'une équipe simulée");
            default -> client.type(field, Integer.toString(ThreadLocalRandom.current().nextInt(1, 20)));
        };
    }

    private static String randomOption(Element group) {
        List<Element> options = group.children().stream().filter(o -> o.tag().equals("vaadin-radio-button")).toList();
        return options.get(ThreadLocalRandom.current().nextInt(options.size())).property("value")
                .map(JsonNode::asString).orElseThrow();
    }

    private static boolean isQuestion(Element element) {
        return switch (element.tag()) {
            case "vaadin-radio-group", "vaadin-checkbox-group", "vaadin-text-area" -> true;
            // the resume link is a read-only text field; a number question is not
            case "vaadin-text-field" -> !element.property("readonly").map(JsonNode::asBoolean).orElse(false);
            default -> false;
        };
    }

    /** A pause as a person reading and deciding, during which the page's heartbeat goes on, as a browser's does. */
    private void think() throws IOException, InterruptedException {
        long millis = ThreadLocalRandom.current().nextLong(minThink.toMillis(), maxThink.toMillis() + 1);
        Thread.sleep(millis);
        if (Duration.between(lastBeat, Instant.now()).compareTo(HEARTBEAT) > 0) {
            client.heartbeat();
            lastBeat = Instant.now();
        }
    }

}
