package org.parcours.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a command's document goes, sent whole or not at all: to standard output once built in memory, to a file
 * through {@link OutputFile}. A failure halfway leaves no partial output behind, and an earlier file of that name
 * as it was.
 */
final class Output {

    private Output() {
    }

    /**
     * The file named by {@code --out}: never one of the inputs it is made from, and only into a folder that
     * exists.
     */
    static Path target(String outFile, List<String> inputs) {
        Path target = InputFile.path(outFile);
        try {
            for (String input : inputs) {
                Path in = InputFile.path(input);
                if (Files.exists(target) && Files.exists(in) && Files.isSameFile(target, in)) {
                    throw new UsageException("--out names the answers file " + input
                            + ": write the report to another file");
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + outFile + ": " + InputFile.why(e));
        }
        if (Files.isDirectory(target)) throw new UsageException("cannot write " + outFile + ": it is a folder");
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("cannot write " + outFile + ": no such folder");
        }
        return target;
    }

    /** Writes the document; {@code what} names it in the one line said when it cannot be produced. */
    static int write(PrintStream out, PrintStream err, Optional<Path> target, String what, OutputFile.Content content) {
        try {
            if (target.isEmpty()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
                content.writeTo(bytes);
                out.write(bytes.toByteArray(), 0, bytes.size());
                out.flush();
                return 0;
            }
            OutputFile.write(target.get(), content);
        } catch (IOException e) {
            throw new UsageException("cannot write " + target.map(Path::toString).orElse("the " + what) + ": "
                    + InputFile.why(e));
        } catch (RuntimeException e) {
            err.println("parcours: could not produce the " + what + " (" + e.getClass().getName()
                    + "); nothing written");
            return 1;
        }
        err.println("wrote " + target.get());
        return 0;
    }
}
