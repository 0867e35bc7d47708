package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.SessionIndex;
import org.bellwether.core.series.Continuity;
import org.bellwether.core.series.DailySeries;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Levels and breakouts through the store. The intraday case is the reference story's: RUT's 2,450 resistance,
 * touched at 10:30 and 11:30 on 2026-01-21, breaks at 12:30 (three hours into the session) on 2.5 times the volume of
 * the previous 20 sessions up to that time; KRX tracks RUT minute by minute.
 */
class LevelFactsTest {

    @TempDir
    static Path dir;

    static LevelFacts facts;

    @BeforeAll
    static void fillStore() throws IOException {
        MarketStore store = MarketStore.at(dir.resolve("levels.duckdb"));
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        imports.bars(Path.of("../data/real/SPX.csv"), BarOptions.defaults());
        imports.bars(Files.writeString(dir.resolve("minutes.csv"), storyMinutes()), BarOptions.defaults());
        facts = new LevelFacts(new MarketData(store));
    }

    /** 21 sessions of 1-minute bars of RUT and KRX (KRX = RUT / 2 + noise-free), naive New York timestamps. */
    private static String storyMinutes() {
        List<LocalDate> sessions = NyseCalendar.INSTANCE.sessions(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 21));
        sessions = sessions.subList(sessions.size() - 21, sessions.size());
        StringBuilder csv = new StringBuilder("symbol,timestamp,open,high,low,close,volume\n");
        for (LocalDate date : sessions) {
            boolean storyDay = date.equals(LocalDate.of(2026, 1, 21));
            for (int minute = 0; minute < 390; minute++) {
                double close = 2400 + minute % 7 + (minute % 3) * 0.5;
                double high = close + 1;
                if (storyDay && (minute == 60 || minute == 120)) {
                    high = 2450;
                }
                if (storyDay && minute >= 180) {
                    close = 2470 + minute % 5;
                    high = close + 1;
                }
                double low = close - 1;
                String time = date.atTime(LocalTime.of(9, 30).plusMinutes(minute)).toString().replace('T', ' ');
                long volume = storyDay ? 250 : 100;
                csv.append("RUT,").append(time).append(',').append(close).append(',').append(high).append(',')
                        .append(low).append(',').append(close).append(',').append(volume).append('\n');
                csv.append("KRX,").append(time).append(',').append(close / 2).append(',').append(high / 2).append(',')
                        .append(low / 2).append(',').append(close / 2).append(',').append(volume).append('\n');
            }
        }
        return csv.toString();
    }

    @Test
    void the_story_break_held_three_hours_and_was_volume_confirmed() {
        Reports.Breakouts breaks = facts.breakouts("RUT", LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 21), true);
        Reports.BreakoutRow story = breaks.breakouts().stream().filter(row -> row.level() == 2450).findFirst()
                .orElseThrow();
        assertThat(story.time()).isEqualTo("2026-01-21T12:30:00-05:00");
        assertThat(story.direction()).isEqualTo("up");
        assertThat(story.touches()).isEqualTo(2);
        assertThat(story.heldMinutes()).isEqualTo(180.0);
        assertThat(story.volumeRatio()).isCloseTo(2.5, within(1e-12));
        assertThat(story.confirmed()).isTrue();
        Fact fact = new Facts(new DataSource("test", false, 1)).breakouts(
                new Reports.Breakouts("RUT", List.of(story))).get(0);
        assertThat(fact.kind()).isEqualTo(FactKind.BREAKOUT);
        assertThat(fact.value()).isEqualTo(2450);
        assertThat(fact.provenance().definition()).contains("held 180 minutes", "2.50x usual (confirmed)");
    }

    @Test
    void tick_for_tick_correlation_of_one_minute_returns_within_sessions() {
        Reports.Correlation correlation = facts.intradayCorrelation("RUT", "KRX", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 21));
        // 13 sessions in January up to the 21st (2026-01-01 and 2026-01-19 closed), 389 returns each: no overnight
        assertThat(correlation.observations()).isEqualTo(13 * 389);
        assertThat(correlation.correlation()).isCloseTo(1, within(1e-12));
    }

    @Test
    void daily_breakouts_on_real_sp500_data_carry_a_volume_ratio_and_no_held_time() {
        Reports.Breakouts breaks = facts.breakouts("SPX", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), false);
        assertThat(breaks.breakouts()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.heldMinutes()).isNull();
            assertThat(row.touches()).isGreaterThanOrEqualTo(2);
            assertThat(row.time()).startsWith("2019-");
        });
    }

    @Test
    void levels_as_of_a_date_use_only_what_was_known_then() {
        Reports.Levels before = facts.levels("RUT", LocalDate.of(2026, 1, 21), true, 10);
        assertThat(before.levels()).extracting(Reports.LevelRow::price).contains(2450.0);
        Reports.Levels daily = facts.levels("SPX", LocalDate.of(2020, 2, 19), false, 10);
        assertThat(daily.close()).isEqualTo(3386.149902);
        assertThat(daily.levels()).allSatisfy(level -> assertThat(level.lastTouch()).isLessThan("2020-02-20"));
    }

    /**
     * 40 sessions at 100 with swing highs of 110 at bars 10 and 20 (a resistance of two touches), then 5 sessions
     * missing, then 100s and a close of 115 on the {@code breakAfterHole}-th bar after the hole (1: the first).
     */
    private static DailySeries resistanceThenHole(int breakAfterHole) {
        List<LocalDate> sessions = NyseCalendar.INSTANCE.sessions(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 6, 28));
        int bars = 40 + breakAfterHole + 5;
        int[] days = new int[bars];
        double[] closes = new double[bars];
        for (int i = 0; i < bars; i++) {
            int session = i < 40 ? i : i + 5; // sessions 40..44 have no bar
            days[i] = (int) sessions.get(session).toEpochDay();
            closes[i] = i == 10 || i == 20 ? 110 : i == 40 + breakAfterHole - 1 ? 115 : 100;
        }
        double[] volumes = new double[bars];
        Arrays.fill(volumes, 1000);
        return Continuity.mark(DailySeries.of("X", days, closes, closes, closes, volumes),
                SessionIndex.of(NyseCalendar.INSTANCE));
    }

    @Test
    void a_break_after_a_hole_lists_it_and_has_no_volume_ratio_across_it() {
        DailySeries series = resistanceThenHole(3);
        assertThat(series.holes()).singleElement().satisfies(hole -> assertThat(hole.sessions()).isEqualTo(5));
        List<Reports.BreakoutRow> breaks = LevelFacts.dailyBreakouts(series, series.date(0), series.date(series.size() - 1));
        assertThat(breaks).singleElement().satisfies(row -> {
            assertThat(row.time()).isEqualTo(series.date(42).toString());
            assertThat(row.level()).isEqualTo(110);
            assertThat(row.volumeRatio()).as("its 20 sessions hold the hole").isNaN();
            assertThat(row.confirmed()).isFalse();
            assertThat(row.holes()).extracting(Reports.Gap::sessions).containsExactly(5);
        });
    }

    @Test
    void no_break_is_dated_at_the_first_bar_after_a_hole() {
        DailySeries series = resistanceThenHole(1);
        assertThat(LevelFacts.dailyBreakouts(series, series.date(0), series.date(series.size() - 1)))
                .as("the close crossed 110 some time in the hole").isEmpty();
    }
}
