package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.bellwether.facts.Reports.ScreenRow;
import org.junit.jupiter.api.Test;

/** What a universe screen says against its benchmark, counted by hand. */
class ScreenSummaryTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 22);

    private static ScreenRow row(String symbol, double ytd, Boolean breakout) {
        return new ScreenRow(symbol, 1.0, ytd, 10.0, 1.0, 0.5, 0, breakout, null);
    }

    private static ScreenRow stale(String symbol) {
        return new ScreenRow(symbol, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, null,
                LocalDate.of(2025, 9, 30));
    }

    @Test
    void counts_the_symbols_ahead_of_the_benchmark_and_the_breakouts_leaving_the_benchmark_out() {
        Reports.Screen screen = new Reports.Screen(AS_OF, "IDX", List.of(row("A", 9.0, true), row("B", 7.0, false),
                row("C", Double.NaN, true), row("D", 7.5, null), stale("E"), row("IDX", 7.0, true)), null);
        Reports.Summary summary = screen.summary();
        assertThat(summary.screened()).isEqualTo(5);
        assertThat(summary.stale()).as("E ended in September").isEqualTo(1);
        assertThat(summary.withYtd()).as("C has no return this year, E is stale").isEqualTo(3);
        assertThat(summary.ahead()).as("A and D; B only equals it").isEqualTo(2);
        assertThat(summary.aheadPct()).isEqualTo(100.0 * 2 / 3);
        assertThat(summary.breakouts()).as("A and C; the benchmark's own is left out").isEqualTo(2);
        assertThat(summary.benchmarkYtdPct()).isEqualTo(7.0);
    }

    @Test
    void a_benchmark_without_a_return_this_year_compares_with_nothing() {
        Reports.Screen screen = new Reports.Screen(AS_OF, "IDX", List.of(row("A", 9.0, false),
                row("IDX", Double.NaN, false)), null);
        assertThat(screen.summary().aheadPct()).isNaN();
        assertThat(screen.summary().ahead()).isZero();
    }

    @Test
    void a_screen_without_the_benchmark_s_row_has_no_summary() {
        assertThat(new Reports.Screen(AS_OF, "IDX", List.of(row("A", 9.0, false)), null).summary()).isNull();
    }
}
