package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scratch files of dead processes are swept, those of live ones kept; files are replaced whole. */
class ScratchFilesTest {

    @TempDir
    Path temp;

    @Test
    void the_leftovers_of_a_dead_process_are_swept_and_a_live_ones_kept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long dead = gone.pid();
        long alive = ProcessHandle.current().pid();
        Path deadImport = Files.createDirectories(temp.resolve("bellwether-import-" + dead + "-123"));
        Files.writeString(deadImport.resolve("chunk-0.csv"), "symbol,date\n");
        Path deadGunzip = Files.writeString(temp.resolve("bellwether-gunzip-" + dead + "-9.tmp"), "x");
        Path liveImport = Files.createDirectories(temp.resolve("bellwether-import-" + alive + "-456"));
        Path notOurs = Files.createDirectories(temp.resolve("bellwether-chromium"));
        ScratchFiles.sweep(temp);
        assertThat(deadImport).doesNotExist();
        assertThat(deadGunzip).doesNotExist();
        assertThat(liveImport).exists();
        assertThat(notOurs).exists();
    }

    @Test
    void a_file_is_replaced_whole_or_not_at_all() throws Exception {
        Path target = Files.writeString(temp.resolve("screen.parquet"), "older");
        ScratchFiles.writeAtomically(target, partial -> Files.writeString(partial, "newer"));
        assertThat(target).hasContent("newer");
        try {
            ScratchFiles.writeAtomically(target, partial -> {
                Files.writeString(partial, "half");
                throw new java.io.IOException("disk full");
            });
        } catch (java.io.IOException expected) {
            assertThat(expected).hasMessage("disk full");
        }
        assertThat(target).as("the failed write left the older file").hasContent("newer");
        try (var siblings = Files.list(temp)) {
            assertThat(siblings).as("and no partial file").containsExactly(target);
        }
    }
}
