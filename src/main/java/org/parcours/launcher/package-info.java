/**
 * The first class the jar runs, compiled for Java 17 so that an older default {@code java} still reaches it: on
 * a JDK 21+ it starts Parcours; on an older one it finds a JDK 21+ installed in the usual places and runs the jar
 * again with it, so that nobody has to set {@code JAVA_HOME}. Depends on nothing of the application.
 */
package org.parcours.launcher;
