package org.parcours.operator;

/** An operator account: its sign-in name, its bcrypt hash, its role, and where it is defined. */
record OperatorAccount(String name, String passwordHash, OperatorRole role, Origin origin) {

    enum Origin { CONFIGURATION, DATABASE }
}
