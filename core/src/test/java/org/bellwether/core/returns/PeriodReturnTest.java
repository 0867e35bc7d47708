package org.bellwether.core.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.testdata.Spx;
import org.junit.jupiter.api.Test;

class PeriodReturnTest {

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    /** Four sessions around New Year 2026 (2026-01-01 a holiday, 2026-01-03/04 a weekend). */
    private final DailySeries series = DailySeries.of("RUT",
            new int[] {day("2025-12-30"), day("2025-12-31"), day("2026-01-02"), day("2026-01-05")},
            new double[] {2300.00, 2310.45, 2330.00, 2512.18});

    @Test
    void level_on_a_date_is_the_last_close_on_or_before_it() {
        PeriodReturn ytd = PeriodReturn.toDate(series, ToDate.YEAR, LocalDate.of(2026, 1, 4));
        assertThat(ytd.startDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ytd.startLevel()).isEqualTo(2310.45);
        assertThat(ytd.endDate()).as("a Sunday: the Friday's close").isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(ytd.endLevel()).isEqualTo(2330.00);
    }

    @Test
    void return_is_end_over_start_minus_one_in_percent() {
        PeriodReturn jan = PeriodReturn.between(series, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5));
        // the story's table: 2,310.45 -> 2,512.18 is +8.73%
        assertThat(jan.startLevel()).isEqualTo(2310.45);
        assertThat(jan.percent()).isCloseTo((2512.18 / 2310.45 - 1) * 100, within(1e-12));
        assertThat(jan.percent()).isCloseTo(8.731, within(0.001));
    }

    @Test
    void month_and_quarter_to_date_start_at_the_previous_periods_last_close() {
        assertThat(PeriodReturn.toDate(series, ToDate.MONTH, LocalDate.of(2026, 1, 5)).startDate())
                .isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(PeriodReturn.toDate(series, ToDate.QUARTER, LocalDate.of(2026, 1, 5)).startDate())
                .isEqualTo(LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> PeriodReturn.toDate(series, ToDate.MONTH, LocalDate.of(2025, 12, 31)))
                .as("no close in November: the start falls before the history")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no close on or before 2025-11-30");
    }

    @Test
    void a_single_bar_has_a_zero_return_over_itself() {
        DailySeries one = DailySeries.of("X", new int[] {day("2026-01-02")}, new double[] {100});
        assertThat(PeriodReturn.between(one, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 9)).percent()).isZero();
    }

    @Test
    void a_period_starting_before_the_history_is_refused_with_the_history_start() {
        assertThatThrownBy(() -> PeriodReturn.between(series, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts 2025-12-30");
        DailySeries empty = DailySeries.of("X", new int[0], new double[0]);
        assertThatThrownBy(() -> PeriodReturn.between(empty, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 5)))
                .hasMessageContaining("no data");
    }

    @Test
    void real_sp500_2019_and_march_2020() {
        DailySeries spx = Spx.series();
        PeriodReturn y2019 = PeriodReturn.toDate(spx, ToDate.YEAR, LocalDate.of(2019, 12, 31));
        assertThat(y2019.startDate()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(y2019.percent()).isCloseTo(28.87807019564359, within(1e-9));
        PeriodReturn march = PeriodReturn.toDate(spx, ToDate.MONTH, LocalDate.of(2020, 3, 31));
        assertThat(march.startDate()).isEqualTo(LocalDate.of(2020, 2, 28));
        assertThat(march.percent()).isCloseTo(-12.511928245982329, within(1e-9));
    }

    @Test
    void relative_performance_in_basis_points_ratio_and_factor() {
        double rut = 2512.18 / 2310.45 - 1;
        double spx = 6120.45 / 5980.12 - 1;
        double ndx = 21350.12 / 21100.30 - 1;
        // the reference story says "nearly 400 basis points"; its own table implies 638
        assertThat(Relative.basisPoints(rut, spx)).isCloseTo(638.459, within(0.001));
        assertThat(Relative.ratio(rut, spx)).isCloseTo((2512.18 / 2310.45) / (6120.45 / 5980.12) - 1, within(1e-15));
        // "outperforming the Nasdaq by a factor of seven": 8.73% / 1.18% = 7.4
        assertThat(Relative.factor(rut, ndx).getAsDouble()).isCloseTo(7.3745, within(0.0001));
        assertThat(Relative.factor(rut, -0.01)).isEmpty();
    }
}
