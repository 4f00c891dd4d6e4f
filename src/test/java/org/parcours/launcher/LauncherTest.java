package org.parcours.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path jvm;

    @Test
    void the_newest_installed_jdk_of_21_or_more_is_chosen_and_older_ones_are_not() throws IOException {
        jdk("java-17-openjdk", "17.0.15");
        Path jdk21 = jdk("jdk-21", "21.0.8");
        Path jdk25 = jdk("temurin-25-jdk", "25.0.3");
        Files.createDirectories(jvm.resolve("not-a-jdk"));

        assertThat(Launcher.newestJdk(List.of(jvm))).contains(jdk25);
        assertThat(Launcher.version(jdk21)).isEqualTo(21);
    }

    @Test
    void without_a_jdk_21_nothing_is_chosen() throws IOException {
        jdk("java-17-openjdk", "17.0.15");

        assertThat(Launcher.newestJdk(List.of(jvm, jvm.resolve("missing")))).isEmpty();
    }

    @Test
    void a_jdk_without_an_executable_java_is_not_chosen() throws IOException {
        Path home = Files.createDirectories(jvm.resolve("broken-25"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"25.0.1\"\n");

        assertThat(Launcher.newestJdk(List.of(jvm))).isEmpty();
    }

    private Path jdk(String folder, String version) throws IOException {
        Path home = Files.createDirectories(jvm.resolve(folder));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
