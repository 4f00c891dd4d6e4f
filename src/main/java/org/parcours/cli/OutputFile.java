package org.parcours.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved over it in one step. A failure
 * or a crash halfway leaves the previous file as it was, never a truncated one that looks finished.
 */
final class OutputFile {

    /** What goes into the file; it may fail halfway. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path temporary = createBeside(target.toAbsolutePath());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                // On disk before the move, so that a power cut cannot leave the new name on empty content.
                channel.force(true);
            }
            move(temporary, target);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * In the target's folder, so that the move is a rename on the same file system. Created without attributes,
     * so it gets the permissions a plain new file gets (the user's umask), not those of a private temporary file.
     */
    private static Path createBeside(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] suffix = new byte[6];
            RANDOM.nextBytes(suffix);
            Path temporary = target.resolveSibling("." + target.getFileName() + "." + HexFormat.of().formatHex(suffix)
                    + ".tmp");
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 2) throw taken;
            }
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network file systems cannot rename over a file; a replacing move is the best they offer.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
