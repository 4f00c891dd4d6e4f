package org.parcours.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A text file the user names on the command line, read as UTF-8; what goes wrong is said plainly, in one line. */
final class InputFile {

    /** Far more than any answers file; the YAML reader then enforces its own limit on characters. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private InputFile() {
    }

    static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException("'" + name + "' is not a valid path");
        }
    }

    static String read(String name) {
        Path path = path(name);
        if (Files.isDirectory(path)) throw new UsageException(name + " is a folder, not a file");
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new UsageException(name + " is too large (" + size + " bytes); the limit is 4 MiB");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(name + " is not UTF-8 text: save it as UTF-8");
        } catch (IOException e) {
            throw new UsageException(name + ": " + why(e));
        }
    }

    /** What an I/O failure means, in words rather than an exception's class. */
    static String why(IOException e) {
        return switch (e) {
            case NoSuchFileException missing -> "no such file";
            case AccessDeniedException denied -> "permission denied";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
