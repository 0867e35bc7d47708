package org.bellwether.core.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RollingStdTest {

    private static double naiveStd(double[] values, int from, int to) {
        double mean = 0;
        for (int i = from; i < to; i++) {
            if (Double.isNaN(values[i])) {
                return Double.NaN;
            }
            mean += values[i];
        }
        mean /= to - from;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (values[i] - mean) * (values[i] - mean);
        }
        return Math.sqrt(sum / (to - from - 1));
    }

    @Test
    void hand_computed_window_of_three() {
        double[] values = {1, 2, 4, 7, 11};
        double[] std = RollingStd.ofPrevious(values, 3);
        assertThat(std[0]).isNaN();
        assertThat(std[2]).isNaN();
        // previous three of index 3: 1, 2, 4 -> mean 7/3, squared deviations 16/9 + 1/9 + 25/9 = 42/9, / 2
        assertThat(std[3]).isCloseTo(Math.sqrt(42.0 / 18), within(1e-15));
        // previous three of index 4: 2, 4, 7 -> mean 13/3, deviations 49/9 + 1/9 + 64/9 = 114/9, / 2
        assertThat(std[4]).isCloseTo(Math.sqrt(114.0 / 18), within(1e-15));
    }

    @Test
    void equals_a_naive_recomputation_on_long_noisy_data_with_gaps() {
        SplittableRandom random = new SplittableRandom(11);
        double[] values = new double[5000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1000 + random.nextGaussian() * 0.01; // large mean, small spread: the hard case for sums
        }
        values[1200] = Double.NaN;
        values[1201] = Double.NaN;
        double[] std = RollingStd.ofPrevious(values, 63);
        for (int t = 63; t < values.length; t++) {
            double expected = naiveStd(values, t - 63, t);
            if (Double.isNaN(expected)) {
                assertThat(std[t]).as("index " + t).isNaN();
            } else {
                assertThat(std[t]).as("index " + t).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void a_constant_series_has_zero_deviation() {
        double[] values = new double[100];
        java.util.Arrays.fill(values, 0.0123);
        assertThat(RollingStd.ofPrevious(values, 10)[50]).isZero();
    }

    @Test
    void the_window_must_hold_two_values() {
        assertThatThrownBy(() -> RollingStd.ofPrevious(new double[3], 1)).hasMessageContaining("at least 2, but was 1");
    }
}
