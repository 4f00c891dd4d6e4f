package org.parcours.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextAreaTester;
import com.vaadin.flow.server.communication.UidlWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.LinkedHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.parcours.Application;
import org.parcours.assessment.AssessmentService;
import org.parcours.assessment.AssessmentState;
import org.parcours.assessment.SaveOutcome;
import org.parcours.engine.Answers;
import org.parcours.questionnaire.ContentTest;
import org.parcours.ui.report.ReportView;
import org.parcours.ui.HomeView;
import org.parcours.ui.component.Markup;
import org.parcours.ui.walk.AssessmentView;
import org.parcours.ui.component.LightCheckboxGroup;
import org.parcours.ui.component.LightOption;
import org.parcours.ui.component.LightOptionGroup;
import org.parcours.ui.component.LightRadioGroup;
import org.parcours.ui.walk.OptionGroupTester;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark of the guided walk, not a test: its name keeps it out of ordinary test runs; the {@code bench-walk}
 * profile selects it: {@code ./mvnw -B -Pbench-walk test} (see docs/performance.md, "Guided walk").
 *
 * <p>It starts the real application context (in-memory H2 from the test configuration, the shipped
 * questionnaires, Vaadin in production mode as in the packaged jar: development mode keeps a stack trace for every
 * component created or attached, about 1.8 MB per session here) and drives the views without a browser, one
 * Vaadin session and UI per simulated team ({@link BrowserlessApplicationContext}: one user per team, one window
 * per user). It measures
 *
 * <ol>
 *   <li>the server time of a "Next" click: the click listener, the navigation to the next phase (the view reads
 *       the assessment, re-evaluates it, saves the current phase and renders the page) and the response the
 *       server would write (see {@link #respond}); answering the phase's questions is not timed;</li>
 *   <li>the heap retained per active session: used heap after full GCs with N sessions open, each showing a
 *       phase of {@code communs-numeriques} with its questions answered, minus the same after those sessions
 *       are closed (so the database rows they wrote are not counted), divided by N. A class histogram of the
 *       difference goes to {@code target/bench-walk/histogram-per-session.txt}, the elements of each page by
 *       owning component to {@code elements-per-page.txt}.</li>
 * </ol>
 *
 * <p>Why browserless rather than HTTP: the same server-side code runs (views, services, JPA, H2, Flow's state
 * tree and UIDL encoding), without a servlet container or a client to script; not counted are the HTTP session
 * of the container (a few hundred bytes) and the JSON parsing of the request.
 *
 * <p>Settings (system properties): {@code parcours.bench.sessions} (200), {@code parcours.bench.clicks} (200),
 * {@code parcours.bench.warmup} (200 clicks), {@code parcours.bench.seconds} (time limit of each loop, 300).
 * Results are printed and written to {@code target/bench-walk/}.
 */
@SpringBootTest(properties = "vaadin.productionMode=true")
class WalkBenchmarkRun {

    private static final String QUESTIONNAIRE = "communs-numeriques";
    private static final int COMPONENTS = 1_000;

    @Autowired
    private ApplicationContext spring;

    @Autowired
    private AssessmentService service;

    private final Random random = new Random(1);
    private final StringBuilder report = new StringBuilder();
    private long responseBytes;

    @Test
    void run_benchmark() throws Exception {
        int sessions = Integer.getInteger("parcours.bench.sessions", 200);
        int clicks = Integer.getInteger("parcours.bench.clicks", 200);
        int warmup = Integer.getInteger("parcours.bench.warmup", 200);
        Duration limit = Duration.ofSeconds(Integer.getInteger("parcours.bench.seconds", 300));
        Path out = Path.of("target", "bench-walk");
        Files.createDirectories(out);

        line("JVM: %s %s, max heap %d MiB, %d processors, GC %s", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName()).toList());
        line("JVM arguments: %s", ManagementFactory.getRuntimeMXBean().getInputArguments());

        try (BrowserlessApplicationContext app =
                     SpringBrowserlessApplicationContext.create(spring, Application.class)) {
            line("");
            line("## Next click (server time)");
            List<Long> ignored = walk(app, warmup, limit);
            line("warm-up: %d clicks", ignored.size());
            line("load average before: %s", loadAverage());
            List<Long> times = walk(app, clicks, limit);
            line("load average after: %s", loadAverage());
            line("measured: %d clicks (page to page; answering the questions is not timed), response %d chars "
                    + "on average", times.size(), responseBytes);
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            line("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms", ms(percentile(sorted, 50)),
                    ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]),
                    ms((long) Arrays.stream(sorted).average().orElse(0)));

            line("");
            line("## Retained heap per active session");
            measureSessions(app, sessions, limit, out);
            line("");
            line("## What any session costs, for comparison");
            line("a session on the home page (layout, language switch, questionnaire card): %.1f KB",
                    kb(retainedPerSession(app, sessions, user -> {
                        BrowserlessUIContext window = user.newWindow();
                        window.activate();
                        window.getUI().setLocale(Locale.FRENCH);
                        window.navigate(HomeView.class);
                        return window;
                    }, out.resolve("histogram-home-page.txt"))));
            AssessmentState finished = answeredAsTheFirstContentTest();
            line("a team on its report page (answered as the first content test, plan edition; the report's "
                            + "markup is fetched by the browser, not kept): %.1f KB",
                    kb(retainedPerSession(app, sessions, user -> {
                        BrowserlessUIContext window = user.newWindow();
                        window.activate();
                        window.getUI().setLocale(Locale.FRENCH);
                        window.navigate("a/" + finished.token().value() + "/report", ReportView.class);
                        return window;
                    }, out.resolve("histogram-report-page.txt"))));
            line("");
            line("## What a component costs (retained heap per instance, attached and sent)");
            measureComponents(app);
        }
        Files.writeString(out.resolve("results.md"), report);
    }

    /** Walks new assessments page by page until {@code clicks} Next clicks are timed; returns their nanos. */
    private List<Long> walk(BrowserlessApplicationContext app, int clicks, Duration limit) {
        List<Long> times = new ArrayList<>(clicks);
        long bytes = 0;
        long deadline = System.nanoTime() + limit.toNanos();
        while (times.size() < clicks && System.nanoTime() < deadline) {
            try (BrowserlessUserContext user = app.newUser()) {
                BrowserlessUIContext window = open(user, 0);
                while (times.size() < clicks) {
                    answerVisibleQuestions(window);
                    if (!window.find(Button.class).withText("Continuer").exists()) {
                        break;
                    }
                    Button next = window.find(Button.class).withText("Continuer").single();
                    String before = location(window);
                    long start = System.nanoTime();
                    window.test(next).click();
                    bytes += respond(window);
                    times.add(System.nanoTime() - start);
                    assertThat(location(window)).isNotEqualTo(before);
                }
            }
        }
        responseBytes = times.isEmpty() ? 0 : bytes / times.size();
        return times;
    }

    /**
     * What the server does after handling a request, before it writes the response: runs the pending
     * before-response tasks, collects and encodes the changes of the UI's state tree and the pending JavaScript
     * calls, and serialises them to JSON (Flow's own {@link UidlWriter}). Browserless {@code roundTrip()} drops
     * the changes without encoding them and keeps the pending JavaScript calls, which a server would not.
     * Returns the response size in characters.
     */
    private static int respond(BrowserlessUIContext window) {
        window.activate();
        return new UidlWriter().createUidl(window.getUI(), false).toString().length();
    }

    private void measureSessions(BrowserlessApplicationContext app, int count, Duration limit, Path out)
            throws Exception {
        // Warm the path once more (classes, caches) so that the baseline holds everything that is not per session.
        try (BrowserlessUserContext user = app.newUser()) {
            answerVisibleQuestions(open(user, 1));
        }
        long baseline = usedHeapAfterGc();
        Map<String, long[]> before = histogram();

        List<BrowserlessUserContext> users = new ArrayList<>(count);
        long deadline = System.nanoTime() + limit.toNanos();
        int answered = 0;
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            BrowserlessUserContext user = app.newUser();
            users.add(user);
            BrowserlessUIContext window = open(user, i % 5);
            answered += answerVisibleQuestions(window);
            respond(window);
        }
        int n = users.size();
        writeNodeCounts(users.subList(0, Math.min(5, n)), out.resolve("elements-per-page.txt"));
        long withSessions = usedHeapAfterGc();
        Map<String, long[]> during = histogram();

        users.forEach(BrowserlessUserContext::close);
        users.clear();
        long afterClose = usedHeapAfterGc();
        Map<String, long[]> after = histogram();

        line("sessions: %d (one Vaadin session + one UI each, on phases 1..5 in turn), %d answers given through "
                + "the UI", n, answered);
        line("used heap after GC: baseline %.1f MiB, with the sessions %.1f MiB, after closing them %.1f MiB",
                mib(baseline), mib(withSessions), mib(afterClose));
        line("retained per active session: %.1f KB (with − after closing) / N; %.1f KB (with − baseline) / N, "
                + "which also counts the database rows written", kb((withSessions - afterClose) / (double) n),
                kb((withSessions - baseline) / (double) n));
        writeHistogramDiff("held by the open sessions (with − after closing)", after, during, n,
                out.resolve("histogram-per-session.txt"));
        writeHistogramDiff("left after closing them (after closing − baseline)", before, after, n,
                out.resolve("histogram-left-after-close.txt"));
    }

    /** Retained heap per session (with − after closing) / N, for sessions whose window {@code open} prepares. */
    private double retainedPerSession(BrowserlessApplicationContext app, int count,
                                      Function<BrowserlessUserContext, BrowserlessUIContext> open, Path histogram)
            throws Exception {
        List<BrowserlessUserContext> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BrowserlessUserContext user = app.newUser();
            users.add(user);
            respond(open.apply(user));
        }
        long withSessions = usedHeapAfterGc();
        Map<String, long[]> during = histogram();
        users.forEach(BrowserlessUserContext::close);
        long after = usedHeapAfterGc();
        writeHistogramDiff("held by the open sessions", histogram(), during, count, histogram);
        return (withSessions - after) / (double) count;
    }

    /**
     * Why the walk uses its own light option groups and plain markup: the heap each kind of component keeps once
     * attached to a page and sent to the browser, {@value #COMPONENTS} instances in one window.
     */
    private void measureComponents(BrowserlessApplicationContext app) throws Exception {
        List<LightOption> five = List.of("a", "b", "c", "d", "e").stream()
                .map(value -> new LightOption(value, "Option " + value)).toList();
        Map<String, Supplier<Component>> kinds = new LinkedHashMap<>();
        kinds.put("Vaadin RadioButtonGroup, 5 options", () -> {
            RadioButtonGroup<String> group = new RadioButtonGroup<>("Question", "a", "b", "c", "d", "e");
            group.addValueChangeListener(change -> { });
            return group;
        });
        kinds.put("LightRadioGroup (the walk's), 5 options", () -> listening(new LightRadioGroup(five)));
        kinds.put("Vaadin CheckboxGroup, 5 options", () -> {
            CheckboxGroup<String> group = new CheckboxGroup<>("Question", "a", "b", "c", "d", "e");
            group.addValueChangeListener(change -> { });
            return group;
        });
        kinds.put("LightCheckboxGroup (the walk's), 5 options", () -> listening(new LightCheckboxGroup(five)));
        kinds.put("Vaadin Details with a summary", () -> new Details("Aide : une question"));
        kinds.put("Markup with a paragraph", () -> new Markup("div", "x").html(new org.parcours.markup.Html().element("p", "Un paragraphe")));
        kinds.put("Span with a text", () -> new Span("Un texte"));
        kinds.put("Button with a click listener", () -> new Button("Continuer", click -> { }));
        try (BrowserlessUserContext user = app.newUser()) {
            BrowserlessUIContext window = user.newWindow();
            for (Map.Entry<String, Supplier<Component>> kind : kinds.entrySet()) {
                window.activate();
                Div holder = new Div();
                window.getUI().add(holder);
                respond(window);
                long before = usedHeapAfterGc();
                for (int i = 0; i < COMPONENTS; i++) {
                    holder.add(kind.getValue().get());
                }
                respond(window);
                long after = usedHeapAfterGc();
                line("%s: %.1f KB", kind.getKey(), kb((after - before) / (double) COMPONENTS));
                window.getUI().remove(holder);
                respond(window);
            }
        }
    }

    private static <F extends LightOptionGroup<?, ?, ?>> F listening(F group) {
        group.setLabel("Question");
        group.addValueChangeListener(change -> { });
        return group;
    }

    /** A new window for the user, showing phase {@code phaseIndex} of a new assessment, in French. */
    private BrowserlessUIContext open(BrowserlessUserContext user, int phaseIndex) {
        BrowserlessUIContext window = user.newWindow();
        window.activate();
        window.getUI().setLocale(Locale.FRENCH);
        AssessmentState started = service.start(QUESTIONNAIRE, "Équipe " + random.nextInt(10_000), "fr");
        String phase = started.questionnaire().phases().get(phaseIndex).id();
        window.navigate("a/" + started.token().value() + "/" + phase, AssessmentView.class);
        return window;
    }

    /** One assessment answered as the shipped questionnaire's first content test: a realistic report. */
    private AssessmentState answeredAsTheFirstContentTest() {
        AssessmentState state = service.start(QUESTIONNAIRE, "Équipe du rapport", "fr");
        ContentTest first = state.questionnaire().tests().getFirst();
        for (var answer : Answers.fromRaw(state.questionnaire(), first.answers()).answers().asMap().entrySet()) {
            state = ((SaveOutcome.Saved) service.answer(state.token(), answer.getKey(),
                    state.versionOf(answer.getKey()), answer.getValue())).state();
        }
        return state;
    }

    private static String location(BrowserlessUIContext window) {
        return window.getUI().getInternals().getActiveViewLocation().getPath();
    }

    private static String tokenOf(BrowserlessUIContext window) {
        return window.getUI().getInternals().getActiveViewLocation().getPath().split("/")[1];
    }

    /**
     * Answers every visible question still unanswered, as a team would (an answer may show further
     * questions, hence the passes). Returns how many answers were given.
     */
    private int answerVisibleQuestions(BrowserlessUIContext window) {
        int given = 0;
        for (int pass = 0; pass < 200; pass++) {
            List<AbstractField<?, ?>> open = window.find(Div.class).withClassName("pc-question").all().stream()
                    .<AbstractField<?, ?>>map(block ->
                            (AbstractField<?, ?>) block.getChildren().findFirst().orElseThrow())
                    .filter(AbstractField::isEmpty)
                    .toList();
            if (open.isEmpty()) {
                return given;
            }
            answer(window, open.getFirst());
            given++;
        }
        return given;
    }

    private void answer(BrowserlessUIContext window, AbstractField<?, ?> field) {
        window.activate();
        switch (field) {
            case LightOptionGroup<?, ?, ?> options -> {
                OptionGroupTester tester = new OptionGroupTester(options);
                tester.selectItem(pick(tester.labels()));
            }
            case TextArea area -> {
                TextAreaTester<TextArea> tester = window.test(area);
                tester.setValue("Réponse de l'équipe " + random.nextInt(1000));
            }
            case TextField number -> window.test(number).setValue("1");
            default -> throw new IllegalStateException("no answer for " + field.getClass());
        }
    }

    private String pick(List<String> labels) {
        return labels.get(random.nextInt(labels.size()));
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Live objects by class (instances, bytes), as {@code jcmd <pid> GC.class_histogram} shows them. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String row : text.split("\n")) {
            String[] cells = row.trim().split("\\s+");
            if (cells.length >= 4 && cells[0].endsWith(":")) {
                classes.put(cells[3], new long[] {Long.parseLong(cells[1]), Long.parseLong(cells[2])});
            }
        }
        return classes;
    }

    private void writeHistogramDiff(String what, Map<String, long[]> before, Map<String, long[]> during, int n,
                                    Path file) throws IOException {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Live objects per session, %s, / %d%n%12s %12s  %s%n", what, n, "instances", "bytes", "class"));
        long total = during.entrySet().stream().mapToLong(e -> e.getValue()[1] - before.getOrDefault(e.getKey(),
                new long[2])[1]).sum();
        during.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .filter(new java.util.function.Predicate<Map.Entry<String, long[]>>() {
                    private int rank;

                    @Override
                    public boolean test(Map.Entry<String, long[]> e) {
                        return rank++ < 60 || e.getKey().startsWith("org.parcours");
                    }
                })
                .forEach(e -> text.append(String.format(Locale.ROOT, "%12.1f %12.0f  %s%n",
                        e.getValue()[0] / (double) n, e.getValue()[1] / (double) n, e.getKey())));
        text.append(String.format(Locale.ROOT, "total: %.1f KB per session%n", kb(total / (double) n)));
        Files.writeString(file, text);
        line("heap histogram per session, %s (top 15, all in %s):", what, file);
        text.toString().lines().skip(1).limit(16).forEach(row -> line("    %s", row));
        line("    … %s", text.toString().lines().reduce((a, b) -> b).orElse(""));
    }

    /** The elements of each page (one window per phase), by the component that owns them. */
    private void writeNodeCounts(List<BrowserlessUserContext> users, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (BrowserlessUserContext user : users) {
            com.vaadin.flow.component.UI ui = user.getSession().getUIs().iterator().next();
            Map<String, Integer> byOwner = new java.util.TreeMap<>();
            count(ui.getElement(), "UI", byOwner);
            int total = byOwner.values().stream().mapToInt(Integer::intValue).sum();
            text.append(String.format(Locale.ROOT, "%s: %d elements (text nodes included), %d questions%n",
                    ui.getInternals().getActiveViewLocation().getPath().replaceAll("a/[^/]+/", "a/…/"), total,
                    byOwner.getOrDefault("org.parcours.ui.walk.QuestionBlock", 0)));
            byOwner.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> text.append(String.format(Locale.ROOT, "    %5d  %s%n", e.getValue(), e.getKey())));
        }
        Files.writeString(file, text);
        text.toString().lines().filter(row -> !row.startsWith(" ")).forEach(row -> line("page %s", row));
    }

    private static void count(com.vaadin.flow.dom.Element element, String owner, Map<String, Integer> byOwner) {
        String name = element.getComponent().map(c -> c.getClass().getName()).orElse(owner);
        byOwner.merge(name, 1, Integer::sum);
        element.getChildren().forEach(child -> count(child, name, byOwner));
        element.getShadowRoot().ifPresent(root -> root.getChildren().forEach(child -> count(child, name, byOwner)));
        if (element.getNode().hasFeature(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)) {
            element.getNode().getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)
                .ifPresent(virtual -> virtual.forEachChild(node -> count(com.vaadin.flow.dom.Element.get(node), name,
                        byOwner)));
        }
    }

    /** The machine's load (other builds share it), from /proc/loadavg where there is one. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static double kb(double bytes) {
        return bytes / 1024.0;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
