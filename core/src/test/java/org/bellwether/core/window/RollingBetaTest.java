package org.bellwether.core.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.bellwether.core.risk.RiskStats;
import org.junit.jupiter.api.Test;

class RollingBetaTest {

    @Test
    void hand_computed_window_of_three() {
        // m = 1, 2, 3; a = 2, 4, 7: mean m 2, mean a 13/3; cov = ((-1)(-7/3) + 0 + (1)(8/3)) / 2 = 2.5; var m = 1
        double[][] result = RollingBeta.of(new double[] {2, 4, 7}, new double[] {1, 2, 3}, 3);
        assertThat(result[0][2]).isCloseTo(2.5, within(1e-12));
        double varianceA = (Math.pow(2 - 13.0 / 3, 2) + Math.pow(4 - 13.0 / 3, 2) + Math.pow(7 - 13.0 / 3, 2)) / 2;
        assertThat(result[1][2]).isCloseTo(2.5 / Math.sqrt(varianceA), within(1e-12));
        assertThat(result[0][0]).isNaN();
        assertThat(result[0][1]).isNaN();
    }

    @Test
    void equals_the_batch_statistics_of_every_window_with_nans_and_gaps() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 1_000;
        double[] m = new double[n];
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = random.nextGaussian() * 0.01;
            a[i] = 1.3 * m[i] + random.nextGaussian() * 0.005;
        }
        a[300] = Double.NaN;
        m[640] = Double.NaN;
        int window = 63;
        double[][] rolling = RollingBeta.of(a, m, window);
        for (int t = window - 1; t < n; t++) {
            double[] wa = Arrays.copyOfRange(a, t - window + 1, t + 1);
            double[] wm = Arrays.copyOfRange(m, t - window + 1, t + 1);
            boolean hasNaN = Arrays.stream(wa).anyMatch(Double::isNaN) || Arrays.stream(wm).anyMatch(Double::isNaN);
            if (hasNaN) {
                assertThat(rolling[0][t]).as("beta at " + t).isNaN();
                assertThat(rolling[1][t]).as("correlation at " + t).isNaN();
            } else {
                assertThat(rolling[0][t]).as("beta at " + t).isCloseTo(RiskStats.beta(wa, wm), within(1e-10));
                assertThat(rolling[1][t]).as("correlation at " + t).isCloseTo(RiskStats.correlation(wa, wm),
                        within(1e-10));
            }
        }
    }

    @Test
    void a_flat_market_has_no_beta_and_bad_arguments_are_named() {
        double[][] flat = RollingBeta.of(new double[] {0.01, 0.02, 0.03}, new double[] {0.01, 0.01, 0.01}, 2);
        assertThat(flat[0][2]).isNaN();
        assertThat(flat[1][2]).isNaN();
        assertThat(RollingBeta.of(new double[0], new double[0], 5)[0]).isEmpty();
        assertThatThrownBy(() -> RollingBeta.of(new double[3], new double[3], 1)).hasMessageContaining("window");
        assertThatThrownBy(() -> RollingBeta.of(new double[3], new double[2], 2)).hasMessageContaining("aligned");
    }
}
