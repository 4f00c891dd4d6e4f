package org.parcours.operator;

/** The operator on whose behalf a service acts: who (for the audit log) and with which role (for the checks). */
public record Operator(String name, OperatorRole role) {

    public boolean isAdmin() {
        return role == OperatorRole.ADMIN;
    }
}
