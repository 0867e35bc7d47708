package org.bellwether.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bellwether.core.aggregate.IntradayContinuity.MinuteHole;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.series.IntradaySeries;
import org.junit.jupiter.api.Test;

class IntradayContinuityTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static long at(String date, String time) {
        return LocalDate.parse(date).atTime(LocalTime.parse(time)).atZone(NEW_YORK).toEpochSecond();
    }

    /** One-minute bars every minute from {@code from} (inclusive) to {@code to} (exclusive), New York time. */
    private static void minutes(List<Long> starts, String date, String from, String to) {
        for (long start = at(date, from); start < at(date, to); start += 60) {
            starts.add(start);
        }
    }

    private static IntradaySeries series(List<Long> starts) {
        long[] times = starts.stream().mapToLong(Long::longValue).toArray();
        double[] ones = new double[times.length];
        Arrays.fill(ones, 1);
        return IntradaySeries.of("X", 60, times, ones, ones, ones, ones, ones);
    }

    @Test
    void a_whole_series_has_no_hole_across_a_holiday_an_early_close_and_the_overnight() {
        List<Long> starts = new ArrayList<>();
        minutes(starts, "2025-11-26", "09:30", "16:00");
        minutes(starts, "2025-11-28", "09:30", "13:00"); // Thanksgiving the day before; the Friday closes at 13:00
        minutes(starts, "2025-12-01", "09:30", "16:00");
        assertThat(IntradayContinuity.holes(series(starts), NyseCalendar.INSTANCE)).isEmpty();
    }

    @Test
    void missing_minutes_and_a_missing_session_are_holes_counted_by_hand() {
        List<Long> starts = new ArrayList<>();
        minutes(starts, "2025-11-26", "09:30", "10:00");
        minutes(starts, "2025-11-26", "10:03", "16:00"); // 10:00, 10:01, 10:02 missing
        minutes(starts, "2025-11-28", "09:30", "12:58"); // 12:58 and 12:59 of an early close missing,
        // 2025-12-01 missing whole (390 bars), 2025-12-02 opens at 09:35 (09:30..09:34 missing)
        minutes(starts, "2025-12-02", "09:35", "16:00");
        assertThat(IntradayContinuity.holes(series(starts), NyseCalendar.INSTANCE)).containsExactly(
                new MinuteHole(at("2025-11-26", "10:00"), at("2025-11-26", "10:02"), 3, 0),
                new MinuteHole(at("2025-11-28", "12:58"), at("2025-12-02", "09:34"), 2 + 390 + 5, 1));
    }

    @Test
    void a_session_missing_between_two_whole_ones_starts_at_its_open_and_ends_at_its_last_bar() {
        List<Long> starts = new ArrayList<>();
        minutes(starts, "2025-12-01", "09:30", "16:00");
        minutes(starts, "2025-12-03", "09:30", "16:00");
        assertThat(IntradayContinuity.holes(series(starts), NyseCalendar.INSTANCE)).containsExactly(
                new MinuteHole(at("2025-12-02", "09:30"), at("2025-12-02", "15:59"), 390, 1));
    }

    @Test
    void bars_outside_the_session_neither_make_nor_fill_a_hole() {
        List<Long> starts = new ArrayList<>();
        minutes(starts, "2025-12-01", "09:30", "15:00");
        minutes(starts, "2025-12-01", "16:00", "17:00"); // after hours, while 15:00..15:59 are missing
        minutes(starts, "2025-12-02", "08:00", "16:00"); // pre-market, then a whole session
        assertThat(IntradayContinuity.holes(series(starts), NyseCalendar.INSTANCE)).containsExactly(
                new MinuteHole(at("2025-12-01", "15:00"), at("2025-12-01", "15:59"), 60, 0));
    }

    @Test
    void five_minute_bars_count_five_minute_slots() {
        List<Long> starts = new ArrayList<>();
        for (long start = at("2025-12-01", "09:30"); start < at("2025-12-01", "16:00"); start += 300) {
            if (start != at("2025-12-01", "12:00")) {
                starts.add(start);
            }
        }
        long[] times = starts.stream().mapToLong(Long::longValue).toArray();
        double[] ones = new double[times.length];
        Arrays.fill(ones, 1);
        IntradaySeries fives = IntradaySeries.of("X", 300, times, ones, ones, ones, ones, ones);
        assertThat(IntradayContinuity.holes(fives, NyseCalendar.INSTANCE)).containsExactly(
                new MinuteHole(at("2025-12-01", "12:00"), at("2025-12-01", "12:00"), 1, 0));
    }

    @Test
    void a_single_bar_has_no_hole() {
        assertThat(IntradayContinuity.holes(series(List.of(at("2025-12-01", "10:00"))), NyseCalendar.INSTANCE))
                .isEmpty();
    }
}
