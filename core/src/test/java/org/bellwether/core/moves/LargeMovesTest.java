package org.bellwether.core.moves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.bellwether.core.returns.Returns;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.testdata.Spx;
import org.junit.jupiter.api.Test;

class LargeMovesTest {

    @Test
    void sigma_is_the_sample_deviation_of_the_previous_63_returns() {
        double[] returns = new double[64];
        for (int i = 0; i < 63; i++) {
            returns[i] = i % 2 == 0 ? 0.01 : -0.01; // 32 of +1%, 31 of -1%
        }
        returns[63] = 0.05;
        // mean = 0.01/63; sum of squared deviations = 63*0.0001 - 63*mean^2; sample variance divides by 62
        double mean = 0.01 / 63;
        double expected = Math.sqrt((63 * 0.0001 - 63 * mean * mean) / 62);
        double[] sigma = LargeMoves.sigma(returns);
        assertThat(sigma[62]).as("warm-up: only 62 previous returns").isNaN();
        assertThat(sigma[63]).isCloseTo(expected, within(1e-15));
        assertThat(LargeMoves.isLarge(returns[63], sigma[63], 2)).isTrue();
        assertThat(LargeMoves.isLarge(returns[63], sigma[63], 5)).isFalse();
        assertThat(LargeMoves.isLarge(returns[62], sigma[62], 2)).as("no sigma in warm-up: no large move").isFalse();
        assertThat(LargeMoves.isLarge(returns[62], sigma[62], 0)).as("k = 0 lists every session").isTrue();
    }

    @Test
    void real_sp500_2020_03_16_was_a_4_7_sigma_loss_the_largest_in_the_history() {
        DailySeries spx = Spx.series();
        double[] returns = Returns.simple(spx.closes());
        int t = spx.indexOnOrBefore(LocalDate.of(2020, 3, 16)) - 1; // return i ends on session i + 1
        assertThat(returns[t] * 100).isCloseTo(-11.984055248695647, within(1e-9));
        assertThat(LargeMoves.sigma(returns)[t] * 100).isCloseTo(2.5489314062103348, within(1e-9));
        assertThat(returns[t] / LargeMoves.sigma(returns)[t]).isCloseTo(-4.701599744699735, within(1e-9));
        assertThat(LargeMoves.largestSince(returns, t)).as("no deeper loss since 2000").isEqualTo(-1);
        int rebound = spx.indexOnOrBefore(LocalDate.of(2020, 3, 24)) - 1;
        assertThat(spx.date(LargeMoves.largestSince(returns, rebound) + 1))
                .as("the largest gain since 2008-10-28").isEqualTo(LocalDate.of(2008, 10, 28));
    }

    @Test
    void short_series_are_all_warm_up() {
        assertThat(LargeMoves.sigma(new double[0])).isEmpty();
        assertThat(LargeMoves.sigma(new double[] {0.01})).containsExactly(Double.NaN);
        double[] sigma = LargeMoves.sigma(new double[] {0.5, -0.5});
        assertThat(sigma).containsExactly(Double.NaN, Double.NaN);
        assertThat(LargeMoves.isLarge(0.5, sigma[0], 2)).isFalse();
    }
}
