package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.bellwether.core.calendar.NyseCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unadjusted closes of a stock that splits 4-for-1 on 2026-06-01: sessions creeping up from 400 by 0.2% every other
 * session, a quarter of that from the split on. Without the split on record the split session is a -75% move and the old prices hold every
 * record; with it the series is continuous.
 */
class SplitSafeTest {

    @TempDir
    Path dir;

    @Test
    void a_stored_split_makes_unadjusted_closes_continuous_for_moves_records_and_perf() throws IOException {
        String db = dir.resolve("store.duckdb").toString();
        StringBuilder csv = new StringBuilder("date,close\n");
        LocalDate day = LocalDate.of(2026, 1, 2);
        double close = 400;
        int sessions = 0;
        NyseCalendar calendar = NyseCalendar.INSTANCE;
        while (sessions < 140) {
            if (calendar.isSession(day)) {
                boolean split = !day.isBefore(LocalDate.of(2026, 6, 1));
                csv.append(day).append(',').append(split ? close / 4 : close).append('\n');
                close *= sessions % 2 == 0 ? 1.002 : 1.0;
                sessions++;
            }
            day = day.plusDays(1);
        }
        Path bars = Files.writeString(dir.resolve("RAW.csv"), csv);
        assertThat(CliRun.on(db, "import", "bars", bars.toString()).exitCode()).isZero();
        JsonNode before = CliRun.on(db, "moves", "RAW", "--from", "2026-04-01", "--to", "2026-07-31", "--json").json();
        assertThat(before.toString()).as("unadjusted: the split is a -75% move").contains("2026-06-01");

        Path actions = Files.writeString(dir.resolve("actions.csv"), "symbol,date,kind,value\nRAW,2026-06-01,SPLIT,4:1\n");
        assertThat(CliRun.on(db, "import", "actions", actions.toString()).exitCode()).isZero();
        JsonNode after = CliRun.on(db, "moves", "RAW", "--from", "2026-04-01", "--to", "2026-07-31", "--json").json();
        assertThat(after.toString()).doesNotContain("2026-06-01");
        JsonNode perf = CliRun.on(db, "perf", "RAW", "--from", "2026-05-29", "--to", "2026-06-01", "--json").json();
        assertThat(perf.get("rows").get(0).get("return_pct").asDouble()).as("one session's creep, 0 or 0.2%")
                .isBetween(-1e-9, 0.2 + 1e-9);
        JsonNode records = CliRun.on(db, "records", "RAW", "--year", "2026", "--json").json();
        assertThat(records.get("records").get(records.get("records").size() - 1).get("date").asText())
                .as("the last session's close, split-adjusted, is a record again").isEqualTo(LocalDate.parse(
                        csv.substring(csv.lastIndexOf("\n", csv.length() - 2) + 1, csv.lastIndexOf(","))).toString());
    }
}
