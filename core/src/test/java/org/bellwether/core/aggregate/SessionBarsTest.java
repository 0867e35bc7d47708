package org.bellwether.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.series.IntradaySeries;
import org.junit.jupiter.api.Test;

class SessionBarsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** One-minute bars from 09:00 to 13:59 New York on each date; close = minute of the day, volume 1. */
    private static IntradaySeries minutes(LocalDate... dates) {
        List<Long> starts = new ArrayList<>();
        for (LocalDate date : dates) {
            for (int minute = 9 * 60; minute < 14 * 60; minute++) {
                starts.add(date.atTime(LocalTime.ofSecondOfDay(minute * 60L)).atZone(NEW_YORK).toEpochSecond());
            }
        }
        int n = starts.size();
        long[] s = starts.stream().mapToLong(Long::longValue).toArray();
        double[] close = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            close[i] = Instant.ofEpochSecond(s[i]).atZone(NEW_YORK).toLocalTime().toSecondOfDay() / 60.0;
            volume[i] = 1;
        }
        return IntradaySeries.of("RUT", 60, s, close, close, close, close, volume);
    }

    @Test
    void buckets_align_on_the_open_skip_pre_market_and_stop_at_an_early_close() {
        // 2026-11-27 closes at 13:00 (day after Thanksgiving); 2026-11-26 (Thanksgiving) is closed
        IntradaySeries bars = minutes(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));
        IntradaySeries half = SessionBars.aggregate(bars, NyseCalendar.INSTANCE, 1800);
        // 09:30-13:00 = 210 minutes = 7 buckets of 30 minutes; nothing from the holiday or after 13:00
        assertThat(half.size()).isEqualTo(7);
        long[] starts = half.starts();
        assertThat(Instant.ofEpochSecond(starts[0]).atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(Instant.ofEpochSecond(starts[6]).atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(12, 30));
        // first bucket: minutes 570..599 -> open 570, high 599, low 570, close 599, volume 30
        assertThat(half.opens()[0]).isEqualTo(570);
        assertThat(half.highs()[0]).isEqualTo(599);
        assertThat(half.lows()[0]).isEqualTo(570);
        assertThat(half.closes()[0]).isEqualTo(599);
        assertThat(half.volumes()[0]).isEqualTo(30);
        assertThat(half.closes()[6]).as("the last minute before the early close").isEqualTo(779);
    }

    @Test
    void sessions_are_numbered_in_order_with_their_opens() {
        IntradaySeries bars = minutes(LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 22));
        SessionBars sessions = SessionBars.of(bars, NyseCalendar.INSTANCE);
        assertThat(sessions.sessionDates()).containsExactly(LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 22));
        assertThat(sessions.sessionOpens()[1]).isEqualTo(Instant.parse("2026-01-22T14:30:00Z").getEpochSecond());
        assertThat(sessions.sessionOf()[0]).as("09:00 is pre-market").isEqualTo(-1);
        assertThat(sessions.inSession()).hasSize(2 * 270);
    }

    @Test
    void the_bucket_must_be_a_multiple_of_the_bar_length() {
        IntradaySeries bars = minutes(LocalDate.of(2026, 1, 22));
        assertThatThrownBy(() -> SessionBars.aggregate(bars, NyseCalendar.INSTANCE, 90))
                .hasMessageContaining("multiple of the bar length 60");
        assertThat(SessionBars.aggregate(bars, NyseCalendar.INSTANCE, 60).size()).isEqualTo(270);
    }
}
