package org.bellwether.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToDateTest {

    @ParameterizedTest(name = "{0} as of {1} starts from the level on {2}")
    @CsvSource({
        // as of a Thursday: the previous week ended on Sunday, whose level is Friday's close
        "WEEK, 2026-01-22, 2026-01-18",
        "WEEK, 2026-01-19, 2026-01-18", // a Monday: the week just began
        "WEEK, 2026-01-18, 2026-01-11", // a Sunday still belongs to its week
        "MONTH, 2026-01-22, 2025-12-31",
        "MONTH, 2026-03-01, 2026-02-28",
        "MONTH, 2024-03-15, 2024-02-29", // leap year
        "QUARTER, 2026-05-20, 2026-03-31",
        "QUARTER, 2026-01-02, 2025-12-31",
        "YEAR, 2026-01-22, 2025-12-31",
        "YEAR, 2026-12-31, 2025-12-31",
    })
    void each_period_starts_from_the_previous_periods_last_day(ToDate period, LocalDate asOf, LocalDate base) {
        assertThat(period.base(asOf)).isEqualTo(base);
        assertThat(period.firstDay(asOf)).isEqualTo(base.plusDays(1));
    }
}
