package org.bellwether.core.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.SessionIndex;
import org.bellwether.core.series.DailySeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The screen's figures against hand-computed cases (DESIGN: "Universe screen", "252-session breakout"). */
class UniverseScreenTest {

    private static final SessionIndex XNYS = SessionIndex.of(NyseCalendar.INSTANCE);

    /** NYSE sessions from 2024-01-02 on. */
    private static final List<LocalDate> SESSIONS = NyseCalendar.INSTANCE.sessions(LocalDate.of(2024, 1, 2),
            LocalDate.of(2026, 12, 31));

    private static int[] days(int n) {
        return SESSIONS.subList(0, n).stream().mapToInt(d -> (int) d.toEpochDay()).toArray();
    }

    /**
     * {@code sessions} sessions with a high of 100 and a volume of 1,000 before the last; the last closes at
     * {@code lastClose} on {@code lastVolume}; NaN highs or volume where unknown.
     */
    private static DailySeries flatThenLast(int sessions, double lastClose, double lastVolume, boolean highsKnown,
            boolean volumesKnown) {
        double[] closes = new double[sessions];
        double[] highs = new double[sessions];
        double[] volumes = new double[sessions];
        Arrays.fill(closes, 99);
        Arrays.fill(highs, highsKnown ? 100 : Double.NaN);
        Arrays.fill(volumes, volumesKnown ? 1000 : Double.NaN);
        closes[sessions - 1] = lastClose;
        highs[sessions - 1] = Math.max(lastClose, 100);
        volumes[sessions - 1] = lastVolume;
        return DailySeries.of("X", days(sessions), closes, highs, closes.clone(), volumes);
    }

    @ParameterizedTest(name = "{6}")
    @CsvSource(nullValues = "null", value = {
        "253, 101,   1501, true,  true,  true,  above the 252-session high on more than 1.5x the 50-session volume",
        "253, 101,   1500, true,  true,  false, volume exactly 1.5x the average is not above it",
        "253, 100,   5000, true,  true,  false, a close equal to the highest high is not above it",
        "253, 101,   1000, true,  true,  false, no volume: a close above the high alone is no breakout",
        "252, 101,   5000, true,  true,  null,  251 prior sessions: too short a history to know",
        "1,   101,   5000, true,  true,  null,  a single bar",
        "253, 101,   5000, false, true,  null,  highs unknown (a close-only source)",
        "253, 101,   5000, true,  false, null,  volumes unknown",
    })
    void breakout_252_table(int sessions, double lastClose, double lastVolume, boolean highsKnown,
            boolean volumesKnown, Boolean expected, String why) {
        DailySeries series = flatThenLast(sessions, lastClose, lastVolume, highsKnown, volumesKnown);
        ScreenMetrics metrics = UniverseScreen.compute(series, series, series.date(sessions - 1), Double.NaN, XNYS);
        assertThat(metrics.breakout252()).as(why).isEqualTo(expected);
    }

    @Test
    void month_and_year_to_date_start_at_the_previous_periods_last_close() {
        // 2024-01-02 .. 2024-03-28 (61 sessions): closes 100, 101, ...; as of 2024-03-28
        int n = SESSIONS.indexOf(LocalDate.of(2024, 3, 28)) + 1;
        double[] closes = new double[n];
        for (int i = 0; i < n; i++) {
            closes[i] = 100 + i;
        }
        DailySeries series = DailySeries.of("X", days(n), closes);
        ScreenMetrics metrics = UniverseScreen.compute(series, series, LocalDate.of(2024, 3, 28), Double.NaN, XNYS);
        double february29 = 100 + SESSIONS.indexOf(LocalDate.of(2024, 2, 29));
        assertThat(metrics.returnMtd()).isCloseTo(closes[n - 1] / february29 - 1, within(1e-15));
        assertThat(metrics.returnYtd()).as("no close in 2023: undefined").isNaN();
        assertThat(metrics.recordsYtd()).as("every close after the first is a record").isEqualTo(n - 1);
        assertThat(metrics.volatility20()).as("20 returns exist").isFinite();
    }

    @Test
    void volatility_beta_and_correlation_from_first_principles() {
        // the benchmark's returns alternate +1% and -0.5%; the subject's are exactly twice the benchmark's
        int n = 62;
        double[] market = new double[n];
        double[] subject = new double[n];
        market[0] = 100;
        subject[0] = 50;
        double[] returns = new double[n - 1];
        for (int i = 1; i < n; i++) {
            returns[i - 1] = i % 2 == 1 ? 0.01 : -0.005;
            market[i] = market[i - 1] * (1 + returns[i - 1]);
            subject[i] = subject[i - 1] * (1 + 2 * returns[i - 1]);
        }
        DailySeries m = DailySeries.of("M", days(n), market);
        DailySeries a = DailySeries.of("A", days(n), subject);
        ScreenMetrics metrics = UniverseScreen.compute(a, m, SESSIONS.get(n - 1), Double.NaN, XNYS);
        assertThat(metrics.beta60()).isCloseTo(2, within(1e-9));
        assertThat(metrics.correlation60()).isCloseTo(1, within(1e-12));
        // the last 20 of the subject's returns: ten of +2% and ten of -1%, mean 0.5%, sample sd sqrt(20 * 1.5%^2 / 19)
        double sd = Math.sqrt(20 * 0.015 * 0.015 / 19);
        assertThat(metrics.volatility20()).isCloseTo(sd * Math.sqrt(252), within(1e-12));
        ScreenMetrics shorter = UniverseScreen.compute(a.slice(2, n), m.slice(2, n), SESSIONS.get(n - 1), Double.NaN, XNYS);
        assertThat(shorter.beta60()).as("60 returns need 61 aligned closes").isNaN();
        assertThat(shorter.correlation60()).isNaN();
    }

    @Test
    void records_this_year_count_from_the_highest_close_before_the_year() {
        // 2025: closes 90, 95, 101, 99, 102 against a highest close of 100 before the year: 101 and 102 are records
        int start = SESSIONS.indexOf(LocalDate.of(2025, 1, 2));
        int[] days = Arrays.copyOfRange(days(start + 5), start, start + 5);
        DailySeries series = DailySeries.of("X", days, new double[] {90, 95, 101, 99, 102});
        assertThat(UniverseScreen.compute(series, series, SESSIONS.get(start + 4), 100, XNYS).recordsYtd()).isEqualTo(2);
        assertThat(UniverseScreen.compute(series, series, SESSIONS.get(start + 4), Double.NaN, XNYS).recordsYtd())
                .as("no history before the year: records above the year's first close").isEqualTo(3);
        assertThat(UniverseScreen.compute(series, series, LocalDate.of(2024, 12, 31), 100, XNYS)).as("no session yet")
                .isNull();
    }
}
