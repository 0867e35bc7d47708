package org.bellwether.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.alerts.feed.ReplaySource;
import org.bellwether.alerts.rules.Rule;
import org.bellwether.alerts.rules.RuleFile;
import org.bellwether.alerts.sink.AlertSink;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.facts.MarketData;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay over a series whose history starts before the calendar knows its holidays (an index since 1987, the
 * calendar from 2000): the old bars warm the rules up at the usual hours instead of failing the replay.
 */
class LongHistoryReplayTest {

    @TempDir
    Path dir;

    @Test
    void a_history_older_than_the_calendar_warms_the_rules_up() throws Exception {
        MarketStore store = MarketStore.at(dir.resolve("long.duckdb"));
        // weekdays from 1990 with a close that drifts by 0.1% a day, then -12% on 2020-03-16
        store.writeState(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("""
                        INSERT INTO daily_bars (symbol, date, close)
                        SELECT 'OLDX', day::DATE, CASE WHEN day >= DATE '2020-03-16' THEN 88 ELSE 100 END
                            * (1 + 0.001 * (row_number() OVER (ORDER BY day) % 2))
                        FROM generate_series(DATE '1990-01-02', DATE '2020-03-20', INTERVAL 1 DAY) AS t(day)
                        WHERE dayofweek(day) BETWEEN 1 AND 5""");
            }
        });
        assertThat(NyseCalendar.INSTANCE.supports(LocalDate.of(1990, 1, 2))).as("older than the calendar").isFalse();
        List<Rule> rules = RuleFile.parse("""
                rules:
                  - id: crash
                    type: move
                    symbols: [OLDX]
                    k: 3
                    severity: critical
                """, "rules.yaml");
        LocalDate from = LocalDate.of(2020, 3, 2);
        LocalDate to = LocalDate.of(2020, 3, 20);
        MarketData data = new MarketData(store);
        AlertEngine engine = AlertEngine.forStore(rules, data, to);
        List<Alert> fired = new ArrayList<>();
        AlertSink sink = fired::add;
        new AlertRunner(engine, new AlertLog(store), List.of(sink), message -> { })
                .run(ReplaySource.forEngine(data, engine, from, to, 0));
        assertThat(fired).singleElement().satisfies(alert -> {
            assertThat(alert.session()).isEqualTo(LocalDate.of(2020, 3, 16));
            assertThat(alert.rule()).isEqualTo("crash");
        });
    }
}
