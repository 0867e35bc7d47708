package org.bellwether.core.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakoutsTest {

    @Test
    void swings_are_the_extremes_of_k_bars_on_each_side_and_a_flat_top_counts_once() {
        double[] highs = {1, 3, 2, 5, 5, 4, 6, 2};
        // k = 1: index 1 (3 > 1, 3 >= 2), index 3 (5 > 2, 5 >= 5), not 4 (5 is not > 5 on its left), index 6 (6 > 4, 6 >= 2)
        assertThat(Swings.highs(highs, 1)).containsExactly(1, 3, 6);
        assertThat(Swings.lows(new double[] {5, 3, 4, 2, 6, 1}, 1)).containsExactly(1, 3);
        assertThat(Swings.highs(new double[] {1, 2}, 1)).isEmpty();
        assertThat(Swings.highs(new double[] {1, Double.NaN, 3, 1}, 1)).containsExactly(2);
    }

    @Test
    void nearby_swings_cluster_into_one_level_with_its_touches() {
        double[] prices = {100, 100.2, 90, 100.4, 120};
        List<Level> levels = Levels.cluster(new int[] {0, 1, 2, 3, 4}, prices, 0.005, true);
        // 100, 100.2, 100.4 are within 0.5% of 100 -> one level at their mean, 3 touches, first 0, last 3
        assertThat(levels.get(0).touches()).isEqualTo(3);
        assertThat(levels.get(0).price()).isCloseTo(100.2, within(1e-12));
        assertThat(levels.get(0).firstTouch()).isZero();
        assertThat(levels.get(0).lastTouch()).isEqualTo(3);
        assertThat(levels).hasSize(3);
    }

    @Test
    void a_close_through_resistance_after_two_touches_is_a_breakout() {
        // k = 1; swing highs at 1 (100) and 3 (100.2): level 100.1, known from bar 5 (3 + k < 5)
        double[] highs = {98, 100, 99, 100.2, 99.5, 99.8, 101.5, 102};
        double[] lows = {97, 99, 98, 99, 98.5, 99, 99.5, 100.5};
        double[] closes = {97.5, 99.5, 98.5, 99.8, 99, 99.5, 101, 101.8};
        List<Breakout> breaks = Breakouts.find(highs, lows, closes, 1, 0.005);
        assertThat(breaks).hasSize(1);
        Breakout breakout = breaks.get(0);
        assertThat(breakout.index()).as("101 > 100.1 x 1.005 = 100.6005").isEqualTo(6);
        assertThat(breakout.up()).isTrue();
        assertThat(breakout.level().touches()).isEqualTo(2);
        assertThat(breakout.level().price()).isCloseTo(100.1, within(1e-12));
    }

    @Test
    void a_touch_not_yet_confirmed_does_not_count() {
        // the second swing (index 3) is confirmed only after bar 4 closes; the close at bar 4 cannot use it
        double[] highs = {98, 100, 99, 100.2, 101.5, 99};
        double[] lows = {97, 99, 98, 99, 100, 98};
        double[] closes = {97.5, 99.5, 98.5, 99.8, 101, 98.5};
        assertThat(Breakouts.find(highs, lows, closes, 1, 0.005)).isEmpty();
    }

    @Test
    void a_close_below_support_after_two_touches_is_a_breakdown_and_each_level_breaks_once() {
        double[] lows = {52, 50, 51, 50.1, 51, 51, 48, 47, 46};
        double[] highs = Arrays.stream(lows).map(low -> low + 2).toArray();
        double[] closes = {53, 51, 52, 51, 52, 51.5, 49, 48, 47};
        List<Breakout> breaks = Breakouts.find(highs, lows, closes, 1, 0.005);
        assertThat(breaks).hasSize(1);
        assertThat(breaks.get(0).up()).isFalse();
        assertThat(breaks.get(0).index()).isEqualTo(6);
    }

    @Test
    void edge_cases_empty_and_single_bar() {
        assertThat(Breakouts.find(new double[0], new double[0], new double[0], 3, 0.005)).isEmpty();
        assertThat(Breakouts.find(new double[] {1}, new double[] {1}, new double[] {1}, 3, 0.005)).isEmpty();
    }

    /**
     * The story's break: RUT's 2,450 resistance, touched at 10:30 and 11:30, held three hours into the session and
     * broke at 12:30 on 2.5 times the usual volume for that time of day.
     */
    @Test
    void an_intraday_break_held_three_hours_on_heavy_volume() {
        int sessions = 21;
        int perSession = 390;
        int n = sessions * perSession;
        long[] starts = new long[n];
        int[] session = new int[n];
        long[] opens = new long[sessions];
        double[] highs = new double[n];
        double[] lows = new double[n];
        double[] closes = new double[n];
        double[] volumes = new double[n];
        for (int s = 0; s < sessions; s++) {
            opens[s] = 1_768_000_000L + s * 86_400L;
            for (int m = 0; m < perSession; m++) {
                int i = s * perSession + m;
                starts[i] = opens[s] + m * 60L;
                session[i] = s;
                closes[i] = 2400 + (m % 7); // quiet trading below the level
                highs[i] = closes[i] + 1;
                lows[i] = closes[i] - 1;
                volumes[i] = s == sessions - 1 ? 250 : 100;
            }
        }
        int today = (sessions - 1) * perSession;
        for (int touch : new int[] {60, 120}) { // 10:30 and 11:30
            highs[today + touch] = 2450;
        }
        int breakBar = today + 180; // 12:30
        closes[breakBar] = 2470;
        highs[breakBar] = 2472;
        List<IntradayBreakout> breaks = IntradayBreakouts.find(starts, session, opens, highs, lows, closes, volumes, 5,
                0.005);
        // the bar also clears the 2,407 ceiling of the quiet sawtooth: both are breaks; this test is about 2,450
        IntradayBreakout up = breaks.stream().filter(b -> b.breakout().level().price() == 2450).findFirst()
                .orElseThrow();
        assertThat(up.breakout().index()).isEqualTo(breakBar);
        assertThat(up.breakout().level().price()).isEqualTo(2450);
        assertThat(up.heldSeconds()).isEqualTo(3 * 3600);
        assertThat(up.volumeRatio()).isCloseTo(2.5, within(1e-12));
        assertThat(up.confirmed()).isTrue();
    }
}
