package org.parcours.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A loaded, validated questionnaire. Immutable; every expression is already compiled, and conditions read
 * questions by their index in {@link #questions()}.
 * {@link #sourceFiles()} holds the exact YAML text it was read from, so it can be stored and reloaded.
 */
public final class Questionnaire {

    /** Top-level metadata, grouped to keep the constructor readable. */
    public record Metadata(String id, String version, List<String> locales, String defaultLocale,
                           LocalizedText title, LocalizedText description, String license, List<String> authors,
                           OptionalInt durationMinutes, Optional<String> speedboatIsland) {
        public Metadata {
            locales = List.copyOf(locales);
            authors = List.copyOf(authors);
        }
    }

    private final Metadata metadata;
    private final List<Dimension> dimensions;
    private final List<Phase> phases;
    private final List<Recommendation> recommendations;
    private final List<Component> components;
    private final List<Problem> warnings;
    private final List<ContentTest> tests;
    private final SortedMap<String, String> sourceFiles;
    private final String contentHash;
    private final List<Question> questions;
    private final List<Question> visibilityOrder;
    private final Map<String, Question> questionsById;

    public Questionnaire(Metadata metadata, List<Dimension> dimensions, List<Phase> phases, List<Component> components,
                  List<Recommendation> recommendations, List<ContentTest> tests, Map<String, String> sourceFiles,
                  List<Question> visibilityOrder, List<Problem> warnings) {
        this.metadata = metadata;
        this.dimensions = List.copyOf(dimensions);
        this.phases = List.copyOf(phases);
        this.components = List.copyOf(components);
        this.recommendations = List.copyOf(recommendations);
        this.warnings = List.copyOf(warnings);
        this.tests = List.copyOf(tests);
        this.sourceFiles = Collections.unmodifiableSortedMap(new TreeMap<>(sourceFiles));
        this.contentHash = Hashing.sha256(this.sourceFiles);
        this.questions = phases.stream().flatMap(p -> p.questions().stream()).toList();
        this.visibilityOrder = List.copyOf(visibilityOrder);
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        this.questionsById = Collections.unmodifiableMap(byId);
    }

    public Metadata metadata() { return metadata; }
    public String id() { return metadata.id(); }
    public String version() { return metadata.version(); }
    public List<String> locales() { return metadata.locales(); }
    public String defaultLocale() { return metadata.defaultLocale(); }
    public LocalizedText title() { return metadata.title(); }
    public LocalizedText description() { return metadata.description(); }
    public OptionalInt durationMinutes() { return metadata.durationMinutes(); }
    /** The id of the text question whose answer is the speed-boat island, if the questionnaire names one. */
    public Optional<String> speedboatIsland() { return metadata.speedboatIsland(); }

    public List<Dimension> dimensions() { return dimensions; }
    public List<Phase> phases() { return phases; }
    public List<Recommendation> recommendations() { return recommendations; }
    public List<ContentTest> tests() { return tests; }

    /** The components a resource can have, in the order the report shows their rankings (none: an empty list). */
    public List<Component> components() { return components; }

    /**
     * What the load found questionable without refusing it (a fact not checked for a year, an option that changes
     * nothing), in file order; {@code validate --strict} fails on them.
     */
    public List<Problem> warnings() { return warnings; }

    /** Every compiled expression, wherever it is written ({@link Conditions#of}). */
    public List<Condition> conditions() {
        return Conditions.of(questions, dimensions, components, recommendations);
    }

    public Optional<Component> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Where a component's ranking comes among the components: -1 for none (those rank first), then 0, 1… */
    public int componentOrder(Optional<String> componentId) {
        if (componentId.isEmpty()) return -1;
        for (int i = 0; i < components.size(); i++) if (components.get(i).id().equals(componentId.get())) return i;
        return components.size();
    }

    /** Every question, in phase order then question order. */
    public List<Question> questions() { return questions; }

    /** Every question ordered so that a question comes after every question its {@code visible_if} reads. */
    public List<Question> questionsInVisibilityOrder() { return visibilityOrder; }

    public Optional<Question> question(String id) { return Optional.ofNullable(questionsById.get(id)); }

    public Optional<Phase> phase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Recommendation> recommendation(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** File name → exact text, sorted by name. */
    public SortedMap<String, String> sourceFiles() { return sourceFiles; }

    /** SHA-256 (hex) over the files sorted by name: each name, a NUL, the text, a NUL. */
    public String contentHash() { return contentHash; }

    @Override
    public String toString() {
        return id() + " " + version();
    }
}
