package org.bellwether.core.breadth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BreadthTest {

    private static double[] rising(int n) {
        double[] closes = new double[n];
        for (int i = 0; i < n; i++) {
            closes[i] = 100 + i;
        }
        return closes;
    }

    @Test
    void a_steady_riser_is_above_its_average_advancing_at_a_new_high() {
        MemberState state = MemberState.of(rising(253), 252);
        assertThat(state.aboveSma50()).isTrue();
        assertThat(state.change()).isEqualTo(1);
        assertThat(state.newHigh()).isTrue();
        assertThat(state.newLow()).isFalse();
    }

    @Test
    void the_average_includes_the_session_and_short_histories_are_unknown() {
        double[] closes = new double[50];
        java.util.Arrays.fill(closes, 10);
        closes[49] = 10; // equal to its average: not above
        assertThat(MemberState.of(closes, 49).aboveSma50()).isFalse();
        assertThat(MemberState.of(closes, 48).aboveSma50()).as("49 closes").isNull();
        assertThat(MemberState.of(closes, 49).change()).isZero();
        assertThat(MemberState.of(closes, 49).newHigh()).as("fewer than 252 prior sessions").isNull();
        assertThat(MemberState.of(new double[] {5}, 0).change()).isNull();
    }

    @Test
    void concentration_of_hand_weights() {
        double[] weights = {50, 30, 10, 10}; // normalised 0.5, 0.3, 0.1, 0.1
        assertThat(Concentration.topWeight(weights, 2)).isCloseTo(0.8, within(1e-15));
        assertThat(Concentration.herfindahl(weights)).isCloseTo(0.25 + 0.09 + 0.01 + 0.01, within(1e-15));
        assertThat(Concentration.effectiveNumber(weights)).isCloseTo(1 / 0.36, within(1e-12));
        assertThat(Concentration.effectiveNumber(new double[] {1, 1, 1, 1})).isCloseTo(4, within(1e-12));
        assertThat(Concentration.topWeight(weights, 10)).isCloseTo(1, within(1e-15));
    }

    @Test
    void cap_against_equal_weighted_return() {
        double[] weights = {3, 1};
        double[] returns = {0.10, -0.02};
        assertThat(Concentration.weightedReturn(weights, returns)).isCloseTo(0.75 * 0.10 + 0.25 * -0.02, within(1e-15));
        assertThat(Concentration.equalWeightedReturn(returns)).isCloseTo(0.04, within(1e-15));
    }

    @Test
    void weights_must_be_non_negative_and_not_all_zero() {
        assertThatThrownBy(() -> Concentration.herfindahl(new double[] {1, -1})).hasMessageContaining("non-negative");
        assertThatThrownBy(() -> Concentration.herfindahl(new double[] {0, 0})).hasMessageContaining("not all be zero");
        assertThatThrownBy(() -> Concentration.herfindahl(new double[] {1, Double.NaN})).hasMessageContaining("NaN");
    }
}
