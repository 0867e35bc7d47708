package org.bellwether.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.bellwether.store.MarketStore;
import org.bellwether.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes on one store: the second waits for the first's lock, says so, and fails clearly past its wait. */
class LockContentionTest {

    @Test
    void a_reader_waits_for_another_processs_write_and_fails_clearly_past_its_wait(@TempDir Path dir)
            throws Exception {
        Path file = Files.copy(DemoStore.data().store().file(), dir.resolve("shared.duckdb"));
        List<String> told = new CopyOnWriteArrayList<>();
        try (StoreLockHolder holder = StoreLockHolder.start(file)) {
            MarketStore impatient = MarketStore.at(file).withLockWait(Duration.ofMillis(300), told::add);
            assertThatThrownBy(impatient::openReadOnly).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is in use by another import and stayed locked for 0 s");
            assertThat(told).singleElement().asString().startsWith("waiting for the store " + file);

            MarketStore patient = MarketStore.at(file).withLockWait(Duration.ofSeconds(60), told::add);
            CompletableFuture<Long> count = CompletableFuture.supplyAsync(() -> {
                try (Connection connection = patient.openReadOnly(); Statement statement = connection
                        .createStatement(); ResultSet rows = statement.executeQuery("SELECT count(*) FROM daily_bars")) {
                    rows.next();
                    return rows.getLong(1);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(count).as("still waiting while the other process holds the file").isNotDone();
            holder.close();
            assertThat(count.get(60, TimeUnit.SECONDS)).isGreaterThan(100_000);
        }
    }
}
