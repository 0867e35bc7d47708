package org.bellwether.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Secrets (tokens, passwords) from a file or the environment, never a command-line argument that ps shows. */
final class Secrets {

    private Secrets() {
    }

    /** The first line of {@code file}, else the environment's {@code variable}; null when neither gives one. */
    static String read(Path file, String option, String variable) throws IOException {
        String value;
        if (file != null) {
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException(option + " " + file + " cannot be read");
            }
            value = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException(option + " " + file + " is empty: its first line must hold the "
                        + "secret");
            }
        } else {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
