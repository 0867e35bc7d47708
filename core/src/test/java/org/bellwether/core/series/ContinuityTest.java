package org.bellwether.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.SessionIndex;
import org.junit.jupiter.api.Test;

/** Holes and staleness on the NYSE calendar, counted by hand from a calendar (DESIGN: "Continuity", "Freshness"). */
class ContinuityTest {

    private static final SessionIndex XNYS = SessionIndex.of(NyseCalendar.INSTANCE);

    private static DailySeries series(String... dates) {
        int[] days = Arrays.stream(dates).mapToInt(date -> (int) LocalDate.parse(date).toEpochDay()).toArray();
        double[] closes = new double[days.length];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = 100 + i;
        }
        return Continuity.mark(DailySeries.of("X", days, closes), XNYS);
    }

    @Test
    void weekends_and_holidays_are_no_holes() {
        // Wed 2025-12-31 -> Fri 2026-01-02 across New Year's Day; Fri -> Mon; Fri 2026-01-16 -> Tue across MLK Day
        DailySeries whole = series("2025-12-31", "2026-01-02", "2026-01-05", "2026-01-16", "2026-01-20");
        assertThat(whole.holes()).as("2026-01-05 -> 2026-01-16 skips eight sessions, the rest none")
                .containsExactly(new Hole(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 15), 8, true));
        assertThat(series("2025-01-08", "2025-01-10").holes()).as("2025-01-09: the day of mourning for Jimmy Carter")
                .isEmpty();
    }

    @Test
    void a_missing_session_is_a_hole_and_no_return_spans_it() {
        // Tue 2026-01-06 missing between Mon and Wed
        DailySeries series = series("2026-01-02", "2026-01-05", "2026-01-07", "2026-01-08");
        assertThat(series.holes()).containsExactly(new Hole(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 6), 1, true));
        double[] returns = series.returns();
        assertThat(returns[0]).isEqualTo(101.0 / 100 - 1);
        assertThat(returns[1]).as("Mon -> Wed spans the hole").isNaN();
        assertThat(returns[2]).isEqualTo(103.0 / 102 - 1);
        assertThat(series.followsHole(2)).isTrue();
        assertThat(series.continuousFrom(3)).isEqualTo(2);
        assertThat(series.continuousFrom(1)).isZero();
        assertThat(series.holeAt(LocalDate.of(2026, 1, 6))).isPresent();
        assertThat(series.holeAt(LocalDate.of(2026, 1, 7))).isEmpty();
    }

    @Test
    void a_slice_keeps_the_holes_inside_it_and_drops_those_at_its_edge() {
        DailySeries series = series("2026-01-02", "2026-01-05", "2026-01-07", "2026-01-08", "2026-01-12");
        assertThat(series.holes()).hasSize(2); // 01-06, and Fri 01-09
        assertThat(series.slice(2, 5).holes()).as("the 01-06 hole lies before the slice's first bar")
                .containsExactly(new Hole(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 9), 1, true));
        assertThat(series.slice(2, 5).returns()[1]).isNaN();
        assertThat(series.slice(2, 5).returns()[0]).isEqualTo(103.0 / 102 - 1);
        assertThat(series.slice(0, 2).holes()).isEmpty();
        assertThat(series.slice(1, 4).returns()[0]).isNaN();
    }

    @Test
    void before_the_calendars_range_the_data_judge_themselves() {
        // 1987: the calendar starts in 2000; a week without bars is a hole, a long weekend is not
        DailySeries series = series("1987-10-16", "1987-10-19", "1987-10-23", "1987-11-02");
        assertThat(series.holes()).as("10-19 -> 10-23: three weekdays; 10-23 -> 11-02: five weekdays, not more")
                .isEmpty();
        DailySeries longer = series("1987-10-16", "1987-10-27");
        assertThat(longer.holes()).as("six weekdays: 10-19..10-26")
                .containsExactly(new Hole(LocalDate.of(1987, 10, 19), LocalDate.of(1987, 10, 26), 6, false));
    }

    @Test
    void a_series_trading_on_days_the_exchange_is_closed_follows_its_own_sessions() {
        // a European index: open on Juneteenth, July 4 and Thanksgiving 2025, closed Good Friday and Easter Monday
        DailySeries european = series("2025-04-17", "2025-04-22", "2025-06-19", "2025-07-04", "2025-11-27");
        assertThat(Continuity.followsCalendar(european, XNYS)).isFalse();
        assertThat(european.holes()).as("Easter: two weekdays, no hole; the later gaps are long and are holes")
                .extracting(Hole::byCalendar).containsOnly(false);
        assertThat(european.holes()).extracting(Hole::from).doesNotContain(LocalDate.of(2025, 4, 18));
        assertThat(european.holes()).hasSize(3);
    }

    @Test
    void weekdays_between_two_dates_are_counted_as_a_calendar_would() {
        for (int a = -400; a < 400; a += 3) {
            for (int length = 0; length < 30; length++) {
                int expected = 0;
                for (int day = a + 1; day < a + length; day++) {
                    expected += LocalDate.ofEpochDay(day).getDayOfWeek().getValue() <= 5 ? 1 : 0;
                }
                assertThat(Continuity.weekdaysBetween(a, a + length)).as(a + " +" + length).isEqualTo(expected);
            }
        }
    }

    @Test
    void a_series_is_stale_more_than_five_sessions_after_its_last_bar() {
        DailySeries series = series("2026-01-02", "2026-01-05");
        // sessions after 01-05: 06, 07, 08, 09, 12 (the fifth), 13 (the sixth)
        assertThat(Freshness.staleSince(series, LocalDate.of(2026, 1, 12), XNYS)).isEmpty();
        assertThat(Freshness.staleSince(series, LocalDate.of(2026, 1, 13), XNYS)).contains(LocalDate.of(2026, 1, 5));
        assertThat(Freshness.unknownLevel(series, LocalDate.of(2026, 1, 13), XNYS)).get().asString()
                .contains("X has no data after 2026-01-05");
        assertThat(Freshness.unknownLevel(series, LocalDate.of(2025, 12, 1), XNYS))
                .as("before the history: another question").isEmpty();
        DailySeries holed = series("2026-01-02", "2026-01-05", "2026-01-07");
        assertThat(Freshness.unknownLevel(holed, LocalDate.of(2026, 1, 6), XNYS)).get().asString()
                .contains("hole 2026-01-06 (1 session)");
    }

    @Test
    void an_inner_join_breaks_where_either_series_has_a_hole() {
        DailySeries a = series("2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08");
        DailySeries b = series("2026-01-02", "2026-01-05", "2026-01-07", "2026-01-08"); // 01-06 missing
        Aligned joined = Aligned.join(a, b);
        assertThat(joined.size()).isEqualTo(4);
        assertThat(joined.breaks()).containsExactly(2);
        assertThat(joined.returnsA()[1]).as("05 -> 07 spans B's hole").isNaN();
        double[][] clean = joined.returnsSpanningNoHole();
        assertThat(clean[0]).containsExactly(101.0 / 100 - 1, 104.0 / 103 - 1);
        assertThat(clean[1]).containsExactly(101.0 / 100 - 1, 103.0 / 102 - 1);
        assertThat(Aligned.join(a, a).breaks()).isEmpty();
    }
}
