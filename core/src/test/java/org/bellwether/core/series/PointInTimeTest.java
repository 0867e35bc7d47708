package org.bellwether.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.bellwether.core.model.MacroSeries;
import org.bellwether.core.series.PointInTime.Frequency;
import org.junit.jupiter.api.Test;

/** When macro values become known and go stale, by the documented lags (DESIGN: "Point in time", "Freshness"). */
class PointInTimeTest {

    private static MacroSeries series(String... dates) {
        LocalDate[] parsed = new LocalDate[dates.length];
        double[] values = new double[dates.length];
        for (int i = 0; i < dates.length; i++) {
            parsed[i] = LocalDate.parse(dates[i]);
            values[i] = i;
        }
        return new MacroSeries("X", "percent", parsed, values);
    }

    /** Whether {@code series}, whole, is stale on {@code date}. */
    private static Optional<LocalDate> stale(MacroSeries series, LocalDate date) {
        return PointInTime.staleSince(series, PointInTime.frequency(series.dates()), date);
    }

    @Test
    void the_frequency_is_told_by_the_observation_dates() {
        assertThat(PointInTime.frequency(series("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-09").dates()))
                .isEqualTo(Frequency.DAILY);
        assertThat(PointInTime.frequency(series("2026-01-02", "2026-01-09", "2026-01-16", "2026-01-23").dates()))
                .isEqualTo(Frequency.WEEKLY);
        assertThat(PointInTime.frequency(series("2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01").dates()))
                .isEqualTo(Frequency.MONTHLY);
        assertThat(PointInTime.frequency(series("2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01").dates()))
                .isEqualTo(Frequency.QUARTERLY);
        assertThat(PointInTime.frequency(series("2022-01-01", "2023-01-01", "2024-01-01", "2025-01-01").dates()))
                .isEqualTo(Frequency.ANNUAL);
        assertThat(PointInTime.frequency(series("2024-01-01", "2025-01-01", "2026-01-01").dates()))
                .as("two gaps cannot tell a frequency: daily, no lag").isEqualTo(Frequency.DAILY);
    }

    @Test
    void a_periods_value_dated_at_its_start_is_known_after_the_lag() {
        // FRED: January CPI is dated 2026-01-01; known 45 days later, on 2026-02-15
        assertThat(PointInTime.released(LocalDate.of(2026, 1, 1), Frequency.MONTHLY)).isEqualTo(LocalDate.of(2026, 2, 15));
        // first-quarter GDP, dated 2026-01-01: the quarter ends 2026-03-31, known 30 days later
        assertThat(PointInTime.released(LocalDate.of(2026, 1, 1), Frequency.QUARTERLY))
                .isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(PointInTime.released(LocalDate.of(2025, 1, 1), Frequency.ANNUAL)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(PointInTime.released(LocalDate.of(2026, 1, 21), Frequency.DAILY)).as("the market's that day")
                .isEqualTo(LocalDate.of(2026, 1, 21));
    }

    @Test
    void as_of_a_date_only_the_values_published_by_then_count() {
        MacroSeries cpi = series("2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01");
        MacroSeries known = PointInTime.knownOn(cpi, LocalDate.of(2026, 1, 22));
        assertThat(known.dates()).as("December's (released 2026-01-15) and before, not January's")
                .containsExactly(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1));
        assertThat(PointInTime.knownOn(cpi, LocalDate.of(2026, 1, 14)).dates()).hasSize(2);
        MacroSeries gdp = series("2025-04-01", "2025-07-01", "2025-10-01", "2026-01-01");
        assertThat(PointInTime.knownOn(gdp, LocalDate.of(2026, 1, 22)).dates()).as("Q3 (known 2025-10-30); Q4 from "
                + "2026-01-30").endsWith(LocalDate.of(2025, 7, 1));
    }

    @Test
    void a_series_that_stopped_is_stale_by_its_frequency() {
        MacroSeries daily = series("2025-09-22", "2025-09-23", "2025-09-24", "2025-09-25");
        // weekdays after Thu 09-25: 26, 29, 30, Oct 1, 2 (five), 3 (six)
        assertThat(stale(daily, LocalDate.of(2025, 10, 2))).isEmpty();
        assertThat(stale(daily, LocalDate.of(2025, 10, 3))).contains(LocalDate.of(2025, 9, 25));
        MacroSeries monthly = series("2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01");
        // December's value is released 2026-01-15 and stale two months after: from 2026-03-16
        assertThat(stale(monthly, LocalDate.of(2026, 3, 15))).isEmpty();
        assertThat(stale(monthly, LocalDate.of(2026, 3, 16))).contains(LocalDate.of(2025, 12, 1));
        MacroSeries quarterly = series("2024-10-01", "2025-01-01", "2025-04-01", "2025-07-01");
        // Q3 released 2025-10-30: stale after 2026-04-30
        assertThat(stale(quarterly, LocalDate.of(2026, 4, 30))).isEmpty();
        assertThat(stale(quarterly, LocalDate.of(2026, 5, 1))).isPresent();
        MacroSeries known = PointInTime.knownOn(series("2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01"),
                LocalDate.of(2026, 1, 22));
        assertThat(PointInTime.staleSince(known, Frequency.MONTHLY, LocalDate.of(2026, 1, 22)))
                .as("three known values of a monthly series: monthly, not stale").isEmpty();
    }
}
