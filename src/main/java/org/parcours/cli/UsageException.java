package org.parcours.cli;

/** A usage or input error: the command stops, and its message is the one line the user reads (exit code 2). */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message, null, false, false);
    }
}
