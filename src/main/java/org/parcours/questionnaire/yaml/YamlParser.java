package org.parcours.questionnaire.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML file into a {@link YNode} tree, refusing hostile input cleanly: files over
 * {@link #MAX_FILE_CHARS}, nesting deeper than {@link #MAX_DEPTH}, and any alias ({@code *name}) — a
 * questionnaire never needs them, and refusing them outright rules out "billion laughs" bombs.
 */
final class YamlParser {

    /** Largest file accepted: 1 MiB of text, about 20 times the shipped questionnaire. */
    static final int MAX_FILE_CHARS = 1024 * 1024;
    /** Deepest nesting of maps and lists accepted (the format needs about 8). */
    static final int MAX_DEPTH = 40;

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loadSettings(LoadSettings.builder()
                    .setMaxAliasesForCollections(0)
                    .setCodePointLimit(MAX_FILE_CHARS + 1)
                    .setAllowRecursiveKeys(false)
                    .build())
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 10)
                    .maxStringLength(MAX_FILE_CHARS)
                    .build())
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String file;
    private final Problems problems;

    private YamlParser(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The file's root node, or empty when it cannot be read (the problems say why). */
    static Optional<YNode> parse(String file, String text, Problems problems) {
        if (text.length() > MAX_FILE_CHARS) {
            problems.add(new YNode.Loc(file, 1, 1), "file is too large (" + text.length()
                    + " characters); the limit is " + MAX_FILE_CHARS + " (1 MiB): split it into several files");
            return Optional.empty();
        }
        return new YamlParser(file, problems).parse(text);
    }

    private Optional<YNode> parse(String text) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new YNode.Loc(file, 1, 1), "file is empty");
                return Optional.empty();
            }
            Optional<YNode> root = read(parser, first, 0);
            if (root.isPresent() && parser.nextToken() != null) {
                problems.add(loc(parser.currentTokenLocation()),
                        "only one YAML document per file: remove the second '---' or move it to another file");
                return Optional.empty();
            }
            return root;
        } catch (JacksonException e) {
            problems.add(loc(e.getLocation()), "YAML syntax error: " + firstLine(e.getOriginalMessage()));
            return Optional.empty();
        } catch (DepthException e) {
            problems.add(e.loc, "nesting is deeper than " + MAX_DEPTH + " levels: a questionnaire never needs that");
            return Optional.empty();
        } catch (AliasException e) {
            problems.add(e.loc, "aliases (*" + e.name + ") are not allowed: write the value out in full");
            return Optional.empty();
        }
    }

    private Optional<YNode> read(JsonParser parser, JsonToken token, int depth) {
        YNode.Loc loc = loc(parser.currentTokenLocation());
        if (depth > MAX_DEPTH) throw new DepthException(loc);
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new AliasException(loc, parser.getString());
        }
        return Optional.of(switch (token) {
            case START_OBJECT -> readMap(parser, loc, depth);
            case START_ARRAY -> readList(parser, loc, depth);
            case VALUE_STRING -> new YNode.YScalar(loc, parser.getString());
            case VALUE_NUMBER_INT -> new YNode.YScalar(loc, integer(parser));
            case VALUE_NUMBER_FLOAT -> new YNode.YScalar(loc, parser.getDoubleValue());
            case VALUE_TRUE -> new YNode.YScalar(loc, Boolean.TRUE);
            case VALUE_FALSE -> new YNode.YScalar(loc, Boolean.FALSE);
            case VALUE_NULL -> new YNode.YScalar(loc, null);
            default -> new YNode.YScalar(loc, parser.getString());
        });
    }

    private static Object integer(JsonParser parser) {
        return switch (parser.getNumberType()) {
            case INT, LONG -> parser.getLongValue();
            default -> parser.getDoubleValue();
        };
    }

    private YNode readMap(JsonParser parser, YNode.Loc loc, int depth) {
        LinkedHashMap<String, YNode.YMap.Entry> entries = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            YNode.Loc keyLoc = loc(parser.currentTokenLocation());
            YNode value = read(parser, parser.nextToken(), depth + 1).orElseThrow();
            YNode.YMap.Entry previous = entries.get(key);
            if (previous != null) {
                problems.add(keyLoc, "key '" + key + "' is defined twice in this map (first at line "
                        + previous.keyLoc().line() + "): keep only one");
            } else {
                entries.put(key, new YNode.YMap.Entry(key, keyLoc, value));
            }
        }
        if (token != JsonToken.END_OBJECT) throw new IllegalStateException("unexpected " + token);
        return new YNode.YMap(loc, entries);
    }

    private YNode readList(JsonParser parser, YNode.Loc loc, int depth) {
        List<YNode> items = new java.util.ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) throw new IllegalStateException("unexpected end of list");
            items.add(read(parser, token, depth + 1).orElseThrow());
        }
        return new YNode.YList(loc, items);
    }

    private YNode.Loc loc(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) return new YNode.Loc(file, 1, 1);
        return new YNode.Loc(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable YAML";
        String line = message.strip().lines().findFirst().orElse(message);
        return line.isBlank() ? message.strip() : line;
    }

    private static final class DepthException extends RuntimeException {
        private final transient YNode.Loc loc;

        DepthException(YNode.Loc loc) {
            super(null, null, false, false);
            this.loc = loc;
        }
    }

    private static final class AliasException extends RuntimeException {
        private final transient YNode.Loc loc;
        private final String name;

        AliasException(YNode.Loc loc, String name) {
            super(null, null, false, false);
            this.loc = loc;
            this.name = name;
        }
    }
}
