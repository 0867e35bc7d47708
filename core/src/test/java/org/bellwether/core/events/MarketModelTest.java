package org.bellwether.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MarketModelTest {

    @Test
    void a_ten_bar_example_by_hand() {
        // estimation: the asset is 0.001 + 1.5 x market, plus residuals +e, -e, +e, ... that cancel and are
        // uncorrelated with the market, so OLS recovers alpha 0.001 and beta 1.5 exactly
        double[] m = {0.01, 0.01, -0.02, -0.02, 0.005, 0.005, 0.0, 0.0, -0.01, -0.01};
        double e = 0.002;
        double[] r = new double[10];
        for (int i = 0; i < 10; i++) {
            r[i] = 0.001 + 1.5 * m[i] + (i % 2 == 0 ? e : -e);
        }
        MarketModel model = MarketModel.fit(r, m);
        assertThat(model.alpha()).isCloseTo(0.001, within(1e-15));
        assertThat(model.beta()).isCloseTo(1.5, within(1e-13));
        // residual sum of squares 10 e², 8 degrees of freedom
        assertThat(model.residualSd()).isCloseTo(Math.sqrt(10 * e * e / 8), within(1e-15));
        // event window of three bars: AR = r - (0.001 + 1.5 m)
        MarketModel.EventWindow window = model.window(new double[] {0.004, 0.031, 0.0}, new double[] {0.002, 0.01,
            -0.002});
        assertThat(window.abnormal()).containsExactly(new double[] {0.0, 0.015, 0.002}, within(1e-15));
        assertThat(window.car()).isCloseTo(0.017, within(1e-15));
        assertThat(window.tStat()).isCloseTo(0.017 / (Math.sqrt(10 * e * e / 8) * Math.sqrt(3)), within(1e-9));
    }

    @Test
    void edge_cases() {
        MarketModel exact = MarketModel.fit(new double[] {0.02, 0.04, 0.06}, new double[] {0.01, 0.02, 0.03});
        assertThat(exact.beta()).isCloseTo(2, within(1e-12));
        assertThat(exact.window(new double[] {0.05}, new double[] {0.01}).tStat()).as("no residual variance").isNaN();
        MarketModel tooShort = MarketModel.fit(new double[] {0.01, 0.02}, new double[] {0.0, 0.01});
        assertThat(tooShort.residualSd()).isNaN();
        assertThat(exact.window(new double[0], new double[0]).car()).isZero();
        MarketModel withGap = MarketModel.fit(new double[] {0.02, Double.NaN, 0.04, 0.06, 0.09},
                new double[] {0.01, 0.015, 0.02, 0.03, 0.04});
        assertThat(withGap.estimationReturns()).as("the NaN pair is left out").isEqualTo(4);
        assertThat(withGap.residualSd()).isFinite();
    }
}
