package org.bellwether.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.bellwether.core.returns.Returns;
import org.bellwether.core.series.Aligned;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.testdata.Spx;
import org.junit.jupiter.api.Test;

class RiskStatsTest {

    @Test
    void hand_computed_beta_correlation_and_tracking_error() {
        double[] m = {0.01, -0.02, 0.03, 0.00};
        double[] a = {0.02, -0.04, 0.06, 0.00}; // exactly 2 x m
        assertThat(RiskStats.beta(a, m)).isCloseTo(2, within(1e-12));
        assertThat(RiskStats.correlation(a, m)).isCloseTo(1, within(1e-12));
        assertThat(RiskStats.beta(m, m)).isCloseTo(1, within(1e-15));
        // a - m = m: tracking error = volatility of m; var(m): mean 0.005, deviations .005 -.025 .025 -.005
        double variance = (0.000025 + 0.000625 + 0.000625 + 0.000025) / 3;
        assertThat(RiskStats.trackingError(a, m)).isCloseTo(Math.sqrt(variance * 252), within(1e-15));
        assertThat(RiskStats.correlation(new double[] {1, 2, 3}, new double[] {3, 2, 1})).isCloseTo(-1, within(1e-15));
        double[] both = RiskStats.betaAndCorrelation(a, m);
        assertThat(both[0]).isCloseTo(RiskStats.beta(a, m), within(1e-15));
        assertThat(both[1]).isCloseTo(RiskStats.correlation(a, m), within(1e-15));
    }

    @Test
    void degenerate_inputs_give_nan() {
        assertThat(RiskStats.volatility(new double[] {0.01})).isNaN();
        assertThat(RiskStats.beta(new double[] {0.01, 0.02}, new double[] {0.01, 0.01})).isNaN();
        assertThat(RiskStats.correlation(new double[0], new double[0])).isNaN();
    }

    @Test
    void max_drawdown_is_the_largest_peak_to_trough_fall() {
        assertThat(RiskStats.maxDrawdown(new double[] {100, 120, 90, 110, 60, 130})).isCloseTo(-0.5, within(1e-15));
        assertThat(RiskStats.maxDrawdown(new double[] {1, 2, 3})).isZero();
        assertThat(RiskStats.maxDrawdown(new double[0])).isZero();
    }

    @Test
    void real_sp500_2019_volatility_and_the_2020_drawdown() {
        DailySeries spx = Spx.series();
        int[] y2019 = spx.range(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
        double[] returns = Returns.simple(spx.slice(y2019[0], y2019[1]).closes());
        assertThat(returns).hasSize(251);
        assertThat(RiskStats.volatility(returns) * 100).isCloseTo(12.496959712447635, within(1e-9));
        int[] y2020 = spx.range(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 4, 17));
        assertThat(RiskStats.maxDrawdown(spx.slice(y2020[0], y2020[1]).closes()) * 100)
                .isCloseTo(-33.924960006097216, within(1e-9));
    }

    @Test
    void aligned_series_keep_only_common_sessions() {
        DailySeries a = DailySeries.of("A", new int[] {1, 2, 3, 5}, new double[] {10, 11, 12, 13});
        DailySeries b = DailySeries.of("B", new int[] {2, 3, 4, 5}, new double[] {20, 21, 22, 23});
        Aligned aligned = Aligned.join(a, b);
        assertThat(aligned.days()).containsExactly(2, 3, 5);
        assertThat(aligned.a()).containsExactly(11, 12, 13);
        assertThat(aligned.b()).containsExactly(20, 21, 23);
    }
}
