package org.bellwether.core.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bellwether.core.records.RecordHighs;
import org.bellwether.core.returns.Relative;
import org.bellwether.core.risk.RiskStats;
import org.bellwether.core.window.RollingStd;

/** Invariants of the kernels over generated inputs (jqwik). */
class KernelPropertiesTest {

    @Property
    void correlation_lies_within_minus_one_and_one(@ForAll @Size(min = 3, max = 60) double[] a,
            @ForAll @Size(min = 3, max = 60) double[] b) {
        int n = Math.min(a.length, b.length);
        double[] x = java.util.Arrays.copyOf(a, n);
        double[] y = java.util.Arrays.copyOf(b, n);
        double correlation = RiskStats.correlation(x, y);
        if (!Double.isNaN(correlation)) {
            assertThat(correlation).isBetween(-1.0, 1.0);
        }
    }

    @Property
    void beta_of_a_series_on_itself_is_one(
            @ForAll @Size(min = 3, max = 100) java.util.List<@DoubleRange(min = -0.2, max = 0.2) Double> returns) {
        double[] r = returns.stream().mapToDouble(Double::doubleValue).toArray();
        double beta = RiskStats.beta(r, r);
        if (RiskStats.variance(r) > 1e-12) {
            assertThat(beta).isCloseTo(1, within(1e-9));
        }
    }

    @Property
    void rolling_deviation_equals_the_deviation_of_each_window(
            @ForAll @Size(min = 0, max = 200) java.util.List<@DoubleRange(min = -0.1, max = 0.1) Double> values,
            @ForAll @IntRange(min = 2, max = 30) int window) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] rolling = RollingStd.ofPrevious(v, window);
        for (int t = window; t < v.length; t++) {
            double[] slice = java.util.Arrays.copyOfRange(v, t - window, t);
            assertThat(rolling[t]).isCloseTo(Math.sqrt(RiskStats.variance(slice)), within(1e-12));
        }
    }

    @Property
    void record_closes_are_exactly_the_new_running_maxima(
            @ForAll @Size(min = 0, max = 300) java.util.List<@DoubleRange(min = 1, max = 100) Double> closes) {
        double[] c = closes.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] records = RecordHighs.recordCloses(c);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.length; i++) {
            assertThat(records[i]).as("index " + i).isEqualTo(i > 0 && c[i] > max);
            max = Math.max(max, c[i]);
        }
    }

    @Property
    void streaming_moves_and_records_equal_the_batch_kernels_bit_for_bit(
            @ForAll @Size(min = 1, max = 400) java.util.List<@DoubleRange(min = 50, max = 150) Double> closes) {
        double[] c = closes.stream().mapToDouble(Double::doubleValue).toArray();
        double[] returns = org.bellwether.core.returns.Returns.simple(c);
        double[] sigma = org.bellwether.core.moves.LargeMoves.sigma(returns);
        boolean[] records = RecordHighs.recordCloses(c);
        org.bellwether.core.stream.MoveTracker moves = new org.bellwether.core.stream.MoveTracker();
        org.bellwether.core.stream.RecordTracker recordTracker = new org.bellwether.core.stream.RecordTracker();
        for (int i = 0; i < c.length; i++) {
            assertThat(recordTracker.next(c[i])).as("record at " + i).isEqualTo(records[i]);
            if (moves.next(c[i])) {
                assertThat(moves.lastReturn()).isEqualTo(returns[i - 1]);
                assertThat(Double.doubleToLongBits(moves.lastSigma())).as("sigma at " + i)
                        .isEqualTo(Double.doubleToLongBits(sigma[i - 1]));
            }
        }
    }

    @Property
    void relative_performance_is_antisymmetric(@ForAll @DoubleRange(min = -0.9, max = 2) double a,
            @ForAll @DoubleRange(min = -0.9, max = 2) double b) {
        assertThat(Relative.basisPoints(a, b)).isCloseTo(-Relative.basisPoints(b, a), within(1e-9));
    }
}
