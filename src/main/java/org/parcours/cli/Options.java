package org.parcours.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command's arguments: {@code --name value} (or {@code --name=value}) options among those it takes, and the
 * other arguments in order. An option it does not take is refused, never ignored: a misspelt {@code --out} must
 * not quietly print the report instead.
 */
record Options(Map<String, String> values, Map<String, List<String>> lists, List<String> arguments) {

    static Options parse(List<String> args, List<String> names, String command, String usage) {
        return parse(args, names, List.of(), command, usage);
    }

    /**
     * @param lists the options among {@code names} that take several values: every argument after them up to the
     *              next option ({@code --answers a.yaml b.yaml c.yaml})
     */
    static Options parse(List<String> args, List<String> names, List<String> lists, String command, String usage) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> listed = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                arguments.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            if (!names.contains(name)) {
                throw new UsageException("unknown option '--" + name + "'; " + command + " takes "
                        + String.join(", ", names.stream().map(n -> "--" + n).toList()));
            }
            if (lists.contains(name)) {
                i = list(args, i, equals < 0 ? null : arg.substring(equals + 1), name, listed, usage);
                continue;
            }
            if (equals < 0 && i + 1 == args.size()) {
                throw new UsageException("--" + name + " needs a value; usage: " + usage);
            }
            String value = equals < 0 ? args.get(++i) : arg.substring(equals + 1);
            if (values.put(name, value) != null) {
                throw new UsageException("--" + name + " is given twice; usage: " + usage);
            }
        }
        return new Options(Map.copyOf(values), Map.copyOf(listed), List.copyOf(arguments));
    }

    /** Reads a list option's values; returns the index of its last value. */
    private static int list(List<String> args, int at, String inline, String name, Map<String, List<String>> listed,
                            String usage) {
        if (listed.containsKey(name)) throw new UsageException("--" + name + " is given twice; usage: " + usage);
        List<String> values = new ArrayList<>();
        if (inline != null) values.add(inline);
        int i = at;
        while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) values.add(args.get(++i));
        if (values.isEmpty()) throw new UsageException("--" + name + " needs at least one value; usage: " + usage);
        listed.put(name, List.copyOf(values));
        return i;
    }

    /** The values of a list option; empty when it is not given. */
    List<String> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
