package org.parcours.cli;

import java.io.PrintStream;
import java.util.List;

/** Prints a list of problems, cut after {@value #MAX} lines: past that, a reader fixes the first ones and runs again. */
final class ProblemList {

    static final int MAX = 200;

    private ProblemList() {
    }

    static void print(List<?> problems, PrintStream to) {
        problems.stream().limit(MAX).forEach(to::println);
        if (problems.size() > MAX) to.println("… and " + (problems.size() - MAX) + " more");
    }
}
