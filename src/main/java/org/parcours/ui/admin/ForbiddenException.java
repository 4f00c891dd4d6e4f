package org.parcours.ui.admin;

/** A view the signed-in operator's role does not open (or no operator is signed in). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException() {
        super("access denied", null, false, false);
    }
}
