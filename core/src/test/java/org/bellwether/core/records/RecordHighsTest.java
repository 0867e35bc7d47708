package org.bellwether.core.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.testdata.Spx;
import org.junit.jupiter.api.Test;

class RecordHighsTest {

    @Test
    void a_record_is_strictly_above_every_earlier_close() {
        double[] closes = {10, 11, 11, 10.5, 12, 12, 13};
        assertThat(RecordHighs.recordCloses(closes)).containsExactly(false, true, false, false, true, false, true);
    }

    @Test
    void edge_cases_empty_single_and_nan() {
        assertThat(RecordHighs.recordCloses(new double[0])).isEmpty();
        assertThat(RecordHighs.recordCloses(new double[] {5})).containsExactly(false);
        assertThat(RecordHighs.recordCloses(new double[] {Double.NaN, 5, 6, Double.NaN, 6.5}))
                .containsExactly(false, false, true, false, true);
    }

    @Test
    void a_window_high_needs_the_full_look_back_and_excludes_the_session_itself() {
        double[] closes = {5, 3, 4, 6, 2, 5, 7};
        // window 3: index 3 (6) > max(5,3,4); index 5 (5) > max(4,6,2)? no; index 6 (7) > max(6,2,5)
        assertThat(RecordHighs.aboveWindowMax(closes, 3)).containsExactly(false, false, false, true, false, false, true);
        assertThat(RecordHighs.aboveWindowMax(new double[] {1, 2}, 3)).containsExactly(false, false);
    }

    @Test
    void the_window_maximum_kernel_equals_a_plain_scan() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        double[] closes = new double[2000];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = 100 + random.nextGaussian() * 5;
        }
        boolean[] fast = RecordHighs.aboveWindowMax(closes, 252);
        for (int t = 0; t < closes.length; t++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = Math.max(0, t - 252); i < t; i++) {
                max = Math.max(max, closes[i]);
            }
            assertThat(fast[t]).as("index " + t).isEqualTo(t >= 252 && closes[t] > max);
        }
    }

    @Test
    void all_time_needs_history_from_inception_or_ten_years() {
        LocalDate start = LocalDate.of(2000, 1, 3);
        assertThat(RecordHighs.isAllTime(start, LocalDate.of(1957, 3, 4), LocalDate.of(2007, 10, 9))).isFalse();
        assertThat(RecordHighs.isAllTime(start, LocalDate.of(1957, 3, 4), LocalDate.of(2013, 3, 28))).isTrue();
        assertThat(RecordHighs.isAllTime(start, null, LocalDate.of(2010, 1, 3))).isTrue();
        assertThat(RecordHighs.isAllTime(start, null, LocalDate.of(2010, 1, 2))).isFalse();
        assertThat(RecordHighs.isAllTime(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2), LocalDate.of(2026, 1, 22)))
                .as("the simulator's indices start at inception").isTrue();
    }

    @Test
    void real_sp500_had_35_record_closes_in_2019_and_13_in_2020() {
        DailySeries spx = Spx.series();
        boolean[] records = RecordHighs.recordCloses(spx.closes());
        List<LocalDate> in2019 = new ArrayList<>();
        List<LocalDate> in2020 = new ArrayList<>();
        for (int i = 0; i < spx.size(); i++) {
            if (records[i] && spx.date(i).getYear() == 2019) {
                in2019.add(spx.date(i));
            }
            if (records[i] && spx.date(i).getYear() == 2020) {
                in2020.add(spx.date(i));
            }
        }
        assertThat(in2019).hasSize(35);
        assertThat(in2020).hasSize(13).startsWith(LocalDate.of(2020, 1, 2)).endsWith(LocalDate.of(2020, 2, 19));
        int fiftyTwoWeek2019 = 0;
        boolean[] highs = RecordHighs.aboveWindowMax(spx.closes(), Definitions.WEEKS_52_SESSIONS);
        for (int i = 0; i < spx.size(); i++) {
            fiftyTwoWeek2019 += highs[i] && spx.date(i).getYear() == 2019 ? 1 : 0;
        }
        assertThat(fiftyTwoWeek2019).isEqualTo(35);
    }
}
