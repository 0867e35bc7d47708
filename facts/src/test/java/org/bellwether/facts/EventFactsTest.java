package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event study through the store on series built so that the market model is known exactly: the asset returns
 * 0.0005 + 1.2 × the market's return + residuals of ±0.001 that cancel in pairs, and 3% more on day 0.
 */
class EventFactsTest {

    private static final NyseCalendar CALENDAR = NyseCalendar.INSTANCE;
    private static final LocalDate DAY_ZERO = LocalDate.of(2025, 3, 12);

    @TempDir
    static Path dir;

    static EventFacts facts;

    @BeforeAll
    static void fillStore() throws IOException {
        List<LocalDate> sessions = CALENDAR.sessions(LocalDate.of(2024, 1, 2), LocalDate.of(2025, 3, 31));
        StringBuilder csv = new StringBuilder("symbol,date,close\n");
        double market = 100;
        double asset = 50;
        StringBuilder assetRows = new StringBuilder();
        for (int t = 0; t < sessions.size(); t++) {
            if (t > 0) {
                double m = (t / 2 % 3 - 1) * 0.01; // pairs of -1%, 0%, +1%, ...
                double residual = t % 2 == 0 ? 0.001 : -0.001;
                double r = 0.0005 + 1.2 * m + residual + (sessions.get(t).equals(DAY_ZERO) ? 0.03 : 0);
                market *= 1 + m;
                asset *= 1 + r;
            }
            csv.append(String.format(Locale.ROOT, "MKT,%s,%.10f%n", sessions.get(t), market));
            assetRows.append(String.format(Locale.ROOT, "ASSET,%s,%.10f%n", sessions.get(t), asset));
        }
        MarketStore store = MarketStore.at(dir.resolve("events.duckdb"));
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        imports.bars(Files.writeString(dir.resolve("bars.csv"), csv.append(assetRows)), BarOptions.defaults());
        imports.events(Files.writeString(dir.resolve("events.csv"), """
                timestamp,headline,kind,tags
                2025-03-12T07:00:00,Before the open,NEWS,x
                2025-03-11T17:30:00,After the close the day before,NEWS,x
                """), CALENDAR.zone());
        facts = new EventFacts(new MarketData(store), CALENDAR);
    }

    private static Instant at(String localTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localTime), CALENDAR.zone()).toInstant();
    }

    @Test
    void day_zero_is_the_session_the_event_can_move() {
        assertThat(facts.dayZero(at("2025-03-12T07:00"))).as("before the open").isEqualTo(DAY_ZERO);
        assertThat(facts.dayZero(at("2025-03-12T15:59"))).as("during the session").isEqualTo(DAY_ZERO);
        assertThat(facts.dayZero(at("2025-03-11T17:30"))).as("after the close").isEqualTo(DAY_ZERO);
        assertThat(facts.dayZero(at("2025-03-08T10:00"))).as("a Saturday").isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void the_market_model_recovers_alpha_beta_and_the_three_percent_on_day_zero() {
        Reports.EventStudy study = facts.study(at("2025-03-12T07:00"), "test", List.of("ASSET"), "MKT", 1, 1, 30);
        Reports.EventResult result = study.results().get(0);
        assertThat(result.estimationReturns()).isEqualTo(240);
        assertThat(result.beta()).isCloseTo(1.2, within(1e-6));
        assertThat(result.alphaPct()).isCloseTo(0.05, within(1e-6));
        assertThat(result.returns()).extracting(Reports.AbnormalReturn::day).containsExactly(-1, 0, 1);
        // abnormal returns are the residuals: ±0.1% around day 0, +3% more on it
        double expectedCar = 0;
        for (Reports.AbnormalReturn row : result.returns()) {
            double residual = row.abnormalPct() - (row.day() == 0 ? 3.0 : 0);
            assertThat(Math.abs(residual)).as(row.toString()).isCloseTo(0.1, within(1e-6));
            expectedCar += row.abnormalPct();
        }
        assertThat(result.carPct()).isCloseTo(expectedCar, within(1e-9));
        assertThat(result.tStat()).as("3% against residuals of 0.1%").isGreaterThan(15);
        assertThat(result.intraday()).as("before the open, and no minute bars").isNull();
    }

    @Test
    void the_largest_moves_come_with_the_events_of_the_24_hours_before() {
        Reports.Catalysts catalysts = facts.catalysts("ASSET", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), 2,
                0);
        assertThat(catalysts.moves().get(0).date()).isEqualTo(DAY_ZERO);
        assertThat(catalysts.moves().get(0).events()).extracting(Reports.CalendarEvent::headline)
                .containsExactly("After the close the day before", "Before the open");
        Reports.Catalysts large = facts.catalysts("ASSET", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), 10, 3);
        assertThat(large.moves()).as("only day 0 is 3 sigma from its usual 1.2% swings").singleElement()
                .satisfies(move -> assertThat(move.date()).isEqualTo(DAY_ZERO));
    }
}
