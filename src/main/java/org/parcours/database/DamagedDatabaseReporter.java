package org.parcours.database;

import org.springframework.boot.SpringBootExceptionReporter;

/**
 * Reports a start refused on a damaged database as its three lines on standard error, and nothing else: Spring's
 * own report ("Application run failed" and the exception) would only repeat them, less readably.
 */
public class DamagedDatabaseReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        if (!(failure instanceof DamagedDatabaseException damaged)) return false;
        damaged.lines().forEach(System.err::println);
        System.err.flush();
        return true;
    }
}
