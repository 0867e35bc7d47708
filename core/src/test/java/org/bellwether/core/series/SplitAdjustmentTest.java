package org.bellwether.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Splits applied to unadjusted closes only, checked against prices divided by hand. */
class SplitAdjustmentTest {

    private static final int[] DAYS = {day("2020-08-27"), day("2020-08-28"), day("2020-08-31"), day("2020-09-01")};
    private static final int[] SPLIT_DAY = {day("2020-08-31")};
    private static final double[] FOUR_FOR_ONE = {4};

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    @Test
    void unadjusted_closes_before_a_four_for_one_split_are_divided_by_four_and_volumes_multiplied() {
        // AAPL as traded: 500.04 and 499.23 before the 4:1 split of 2020-08-31, 129.04 and 134.18 after
        DailySeries raw = DailySeries.of("AAPL", DAYS, new double[] {500.04, 499.23, 129.04, 134.18},
                new double[] {507.0, 504.0, 131.0, 134.8}, new double[] {497.0, 495.0, 126.0, 130.53},
                new double[] {38_000_000, 46_900_000, 225_702_700, 151_948_100});
        DailySeries safe = SplitAdjustment.apply(raw, SPLIT_DAY, FOUR_FOR_ONE);
        assertThat(safe.closes()).containsExactly(125.01, 124.8075, 129.04, 134.18);
        assertThat(safe.highs()[0]).isEqualTo(126.75);
        assertThat(safe.lows()[1]).isEqualTo(123.75);
        assertThat(safe.volumes()[0]).isEqualTo(152_000_000);
        assertThat(safe.returns()[1]).as("the split session is the day's move, +3.39%, not -74%")
                .isCloseTo(129.04 / 124.8075 - 1, within(1e-12));
    }

    @Test
    void closes_the_source_adjusted_already_are_left_alone() {
        DailySeries adjusted = DailySeries.of("AAPL", DAYS, new double[] {125.01, 124.81, 129.04, 134.18});
        assertThat(SplitAdjustment.apply(adjusted, SPLIT_DAY, FOUR_FOR_ONE)).isSameAs(adjusted);
    }

    @Test
    void a_reverse_split_multiplies_the_earlier_prices_and_a_split_outside_the_series_changes_nothing() {
        DailySeries raw = DailySeries.of("X", DAYS, new double[] {1.10, 1.00, 10.20, 10.0});
        DailySeries safe = SplitAdjustment.apply(raw, SPLIT_DAY, new double[] {0.1});
        assertThat(safe.close(0)).isCloseTo(11.0, within(1e-12));
        assertThat(safe.close(1)).isCloseTo(10.0, within(1e-12));
        assertThat(SplitAdjustment.apply(raw, new int[] {day("2020-08-27")}, FOUR_FOR_ONE))
                .as("no bar before the ex-date: nothing to adjust").isSameAs(raw);
        assertThat(SplitAdjustment.apply(raw, new int[] {day("2021-01-04")}, FOUR_FOR_ONE)).isSameAs(raw);
    }
}
