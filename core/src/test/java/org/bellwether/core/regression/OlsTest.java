package org.bellwether.core.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OlsTest {

    @Test
    void slope_t_statistic_and_r_squared_by_hand() {
        // x 1..5, y 2 4 5 4 5: Sxx 10, Sxy 6, Syy 6 -> slope 0.6, intercept 4 - 0.6 * 3 = 2.2; residuals' sum of
        // squares 6 - 0.6 * 6 = 2.4, standard error sqrt(2.4 / 3 / 10) = sqrt(0.08), t = 0.6 / sqrt(0.08) = 2.1213;
        // R² = 3.6 / 6 = 0.6
        Ols fit = Ols.fit(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});
        assertThat(fit.n()).isEqualTo(5);
        assertThat(fit.slope()).isCloseTo(0.6, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(2.2, within(1e-12));
        assertThat(fit.tStat()).isCloseTo(0.6 / Math.sqrt(0.08), within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void edge_cases() {
        Ols withNaN = Ols.fit(new double[] {1, Double.NaN, 2, 3, 4, 5}, new double[] {2, 9, 4, 5, 4, 5});
        assertThat(withNaN.n()).as("the NaN pair is left out").isEqualTo(5);
        assertThat(withNaN.slope()).isCloseTo(0.6, within(1e-12));
        assertThat(Ols.fit(new double[] {2, 2, 2}, new double[] {1, 2, 3}).slope()).as("x does not vary").isNaN();
        Ols two = Ols.fit(new double[] {0, 1}, new double[] {1, 3});
        assertThat(two.slope()).isEqualTo(2);
        assertThat(two.tStat()).as("no degrees of freedom left").isNaN();
        assertThat(Ols.fit(new double[] {1}, new double[] {1}).slope()).isNaN();
        assertThat(Ols.fit(new double[0], new double[0]).n()).isZero();
        Ols offset = Ols.fit(new double[] {1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4, 1e9 + 5}, new double[] {2, 4, 5, 4, 5});
        assertThat(offset.slope()).as("centred: a large offset costs no precision").isCloseTo(0.6, within(1e-9));
    }
}
