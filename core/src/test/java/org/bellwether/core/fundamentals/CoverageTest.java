package org.bellwether.core.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final LocalDate[] YEARS = {LocalDate.of(2022, 9, 30), LocalDate.of(2023, 9, 30),
        LocalDate.of(2024, 9, 30), LocalDate.of(2025, 9, 30)};

    @Test
    void coverage_is_ebit_over_positive_interest_expense() {
        assertThat(Coverage.ratio(50, 100)).isEqualTo(0.5);
        assertThat(Coverage.ratio(-20, 100)).as("negative EBIT").isEqualTo(-0.2);
        assertThat(Coverage.ratio(50, 0)).as("no interest expense").isNaN();
        assertThat(Coverage.ratio(50, -3)).as("net interest income").isNaN();
        assertThat(Coverage.ratio(Double.NaN, 10)).isNaN();
        assertThat(Coverage.isZombie(0.99)).isTrue();
        assertThat(Coverage.isZombie(1.0)).as("covering exactly is covering").isFalse();
        assertThat(Coverage.isZombie(-0.2)).isTrue();
        assertThat(Coverage.isZombie(Double.NaN)).as("nothing to cover").isFalse();
    }

    @Test
    void the_latest_period_counts_once_filed_and_only_within_fifteen_months() {
        LocalDate[] unknown = new LocalDate[YEARS.length];
        assertThat(Coverage.latestAsOf(YEARS, unknown, LocalDate.of(2026, 1, 22))).isEqualTo(3);
        assertThat(Coverage.latestAsOf(YEARS, unknown, LocalDate.of(2025, 9, 30))).as("on the period end: not filed yet")
                .isEqualTo(2);
        assertThat(Coverage.latestAsOf(YEARS, unknown, LocalDate.of(2025, 12, 28))).as("89 days after it").isEqualTo(2);
        assertThat(Coverage.latestAsOf(YEARS, unknown, LocalDate.of(2025, 12, 29))).as("filed, 90 days after it")
                .isEqualTo(3);
        assertThat(Coverage.latestAsOf(YEARS, unknown, LocalDate.of(2027, 1, 1))).as("15 months stale").isEqualTo(-1);
        assertThat(Coverage.latestAsOf(YEARS, unknown, LocalDate.of(2022, 1, 1))).as("before any period").isEqualTo(-1);
        assertThat(Coverage.latestAsOf(new LocalDate[0], new LocalDate[0], LocalDate.of(2026, 1, 1))).isEqualTo(-1);
    }

    @Test
    void a_filing_date_replaces_the_lag() {
        LocalDate[] filed = new LocalDate[YEARS.length];
        filed[3] = YEARS[3].plusDays(40); // a large filer's 10-K, well inside the 90-day lag
        assertThat(Coverage.latestAsOf(YEARS, filed, YEARS[3].plusDays(39))).as("the day before it was filed")
                .isEqualTo(2);
        assertThat(Coverage.latestAsOf(YEARS, filed, YEARS[3].plusDays(40))).as("the day it was filed").isEqualTo(3);
        filed[3] = YEARS[3].plusDays(200); // filed late: the lag alone would have used it 110 days too early
        assertThat(Coverage.latestAsOf(YEARS, new LocalDate[YEARS.length], YEARS[3].plusDays(90))).as("by the lag")
                .isEqualTo(3);
        assertThat(Coverage.latestAsOf(YEARS, filed, YEARS[3].plusDays(90))).as("not filed yet: the year before")
                .isEqualTo(2);
        assertThat(Coverage.latestAsOf(YEARS, filed, YEARS[3].plusDays(200))).isEqualTo(3);
    }

    @Test
    void the_strict_form_needs_three_consecutive_years_below_one_and_ten_years_of_age() {
        LocalDate asOf = LocalDate.of(2026, 1, 22);
        double[] threeBelow = {2, 0.8, 0.5, 0.9};
        assertThat(Coverage.isStrictZombie(YEARS, threeBelow, 3, 2000, asOf)).isTrue();
        assertThat(Coverage.isStrictZombie(YEARS, threeBelow, 3, 2020, asOf)).as("six years old").isFalse();
        assertThat(Coverage.isStrictZombie(YEARS, threeBelow, 3, null, asOf)).as("age unknown").isNull();
        assertThat(Coverage.isStrictZombie(YEARS, new double[] {0.5, 0.5, 1.2, 0.9}, 3, 2000, asOf))
                .as("covered the year before").isFalse();
        assertThat(Coverage.isStrictZombie(YEARS, new double[] {0.5, 0.5, 0.5, 1.5}, 3, 2000, asOf))
                .as("not a zombie now").isFalse();
        assertThat(Coverage.isStrictZombie(YEARS, threeBelow, 1, 2000, asOf)).as("only two years known").isNull();
        LocalDate[] gap = {LocalDate.of(2020, 9, 30), LocalDate.of(2023, 9, 30), LocalDate.of(2024, 9, 30),
            LocalDate.of(2025, 9, 30)};
        assertThat(Coverage.isStrictZombie(gap, new double[] {0.5, 0.5, 0.5, 0.5}, 3, 2000, asOf))
                .isTrue();
        assertThat(Coverage.isStrictZombie(gap, new double[] {0.5, 0.5, 0.5, 0.5}, 2, 2000, asOf))
                .as("2020 to 2023 is not consecutive").isNull();
        assertThat(Coverage.isStrictZombie(YEARS, threeBelow, -1, 2000, asOf)).isNull();
        LocalDate[] withTtm = {LocalDate.of(2022, 9, 30), LocalDate.of(2023, 9, 30), LocalDate.of(2024, 9, 30),
            LocalDate.of(2024, 12, 28)};
        assertThat(Coverage.isStrictZombie(withTtm, new double[] {0.5, 0.5, 0.5, 0.6}, 3, 2000, asOf))
                .as("a trailing twelve months after the last fiscal year: the years before it decide").isTrue();
        assertThat(Coverage.isStrictZombie(withTtm, new double[] {0.5, 1.5, 0.5, 0.6}, 3, 2000, asOf)).isFalse();
    }
}
