package org.parcours.operator;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a new password without showing it: twice at a terminal (nothing echoed), or as the first line of the
 * standard input when it is a pipe (a deployment script), so that it never appears in a command line or history.
 */
final class PasswordInput {

    private final Console console;
    private final InputStream in;

    PasswordInput(Console console, InputStream in) {
        this.console = console;
        this.in = in;
    }

    String read(String forWhom) {
        return console != null ? fromConsole(forWhom) : fromStream();
    }

    private String fromConsole(String forWhom) {
        char[] first = console.readPassword("Password for %s (at least %d characters): ", forWhom,
                AccountRules.MIN_PASSWORD);
        char[] second = console.readPassword("Repeat the password: ");
        if (first == null || second == null) throw new AdminCommand.Refusal("no password was typed");
        try {
            if (!Arrays.equals(first, second)) throw new AdminCommand.Refusal("the two passwords differ");
            return new String(first);
        } finally {
            Arrays.fill(first, ' ');
            Arrays.fill(second, ' ');
        }
    }

    private String fromStream() {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null) throw new AdminCommand.Refusal("no password on the standard input (one line expected)");
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (IOException e) {
            throw new AdminCommand.Refusal("the standard input could not be read: " + e.getMessage());
        }
    }
}
