package org.bellwether.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scratch files of imports and exports: named with the process id, so that the first store opened by a later
 * process removes those of a process that died (SIGKILL, power loss) before it could; and written beside their
 * target then renamed over it, so that no reader ever sees a file half-written.
 */
public final class ScratchFiles {

    private static final Pattern OURS = Pattern.compile("bellwether-(import|gunzip)-(\\d+)-.*");
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    private ScratchFiles() {
    }

    /** A new scratch folder in the temp folder, for {@code purpose} ("import"). */
    public static Path folder(String purpose) throws IOException {
        return Files.createTempDirectory("bellwether-" + purpose + "-" + ProcessHandle.current().pid() + "-");
    }

    /** A new scratch file in the temp folder, for {@code purpose} ("gunzip"). */
    public static Path file(String purpose) throws IOException {
        return Files.createTempFile("bellwether-" + purpose + "-" + ProcessHandle.current().pid() + "-", ".tmp");
    }

    /** Removes, once per process, the scratch files and folders of processes no longer running. */
    static void sweepOnce() {
        if (SWEPT.compareAndSet(false, true)) {
            sweep(Path.of(System.getProperty("java.io.tmpdir")));
        }
    }

    /** Removes from {@code temp} the scratch files and folders of processes no longer running. */
    static void sweep(Path temp) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(temp, "bellwether-*")) {
            for (Path entry : entries) {
                Matcher name = OURS.matcher(entry.getFileName().toString());
                if (name.matches() && ProcessHandle.of(Long.parseLong(name.group(2))).isEmpty()) {
                    deleteQuietly(entry);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // an unreadable temp folder: nothing of ours to sweep
        }
    }

    private static void deleteQuietly(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // another process sweeping too, or not ours to remove
        }
    }

    /** Writes a file with {@code write} into a sibling of {@code target}, then renames it over {@code target}. */
    public static Path writeAtomically(Path target, FileWrite write) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path partial = parent.resolve("." + target.getFileName() + ".writing-" + ProcessHandle.current().pid());
        try {
            write.to(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes a whole file at a path. */
    @FunctionalInterface
    public interface FileWrite {
        void to(Path file) throws IOException;
    }
}
