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
record Options(Map<String, String> values, List<String> arguments) {

    static Options parse(List<String> args, List<String> names, String command, String usage) {
        Map<String, String> values = new LinkedHashMap<>();
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
            if (equals < 0 && i + 1 == args.size()) {
                throw new UsageException("--" + name + " needs a value; usage: " + usage);
            }
            String value = equals < 0 ? args.get(++i) : arg.substring(equals + 1);
            if (values.put(name, value) != null) {
                throw new UsageException("--" + name + " is given twice; usage: " + usage);
            }
        }
        return new Options(Map.copyOf(values), List.copyOf(arguments));
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
