package org.bellwether.core.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.testdata.Spx;
import org.junit.jupiter.api.Test;

class StreaksTest {

    @Test
    void runs_count_same_sign_changes_and_start_over_on_a_change_of_sign() {
        double[] closes = {100, 101, 102, 103, 102, 101, 101, 102};
        // changes:          +    +    +    -    -    0    +
        assertThat(Streaks.runs(closes)).containsExactly(0, 1, 2, 3, -1, -2, 0, 1);
    }

    @Test
    void edge_cases_empty_one_close_and_nan() {
        assertThat(Streaks.runs(new double[0])).isEmpty();
        assertThat(Streaks.runs(new double[] {100})).containsExactly(0);
        // a NaN close has no change, nor has the close after it: the run starts over
        assertThat(Streaks.runs(new double[] {100, 101, Double.NaN, 103, 104})).containsExactly(0, 1, 0, 0, 1);
    }

    @Test
    void real_sp500_nine_straight_losses_to_2016_11_04_and_seven_to_2020_02_28() {
        // computed independently with Python's csv module from data/real/SPX.csv
        DailySeries spx = Spx.series();
        int[] runs = Streaks.runs(spx.closes());
        assertThat(runs[spx.indexOnOrBefore(LocalDate.of(2016, 11, 4))]).isEqualTo(-9);
        assertThat(runs[spx.indexOnOrBefore(LocalDate.of(2020, 2, 28))]).isEqualTo(-7);
        assertThat(runs[spx.indexOnOrBefore(LocalDate.of(2004, 11, 5))]).isEqualTo(9);
        int longest = 0;
        for (int run : runs) {
            longest = Math.max(longest, Math.abs(run));
        }
        assertThat(longest).as("no run longer than nine sessions in 2000-2020").isEqualTo(9);
    }
}
