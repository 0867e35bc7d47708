package org.bellwether.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.bellwether.core.aggregate.IntradayContinuity;
import org.bellwether.core.aggregate.IntradayContinuity.MinuteHole;
import org.bellwether.core.model.InstrumentKind;
import org.bellwether.core.series.Continuity;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.Freshness;
import org.bellwether.core.series.Hole;
import org.bellwether.core.series.IntradaySeries;
import org.junit.jupiter.api.Test;

/** The 24/7 calendar of crypto (DESIGN: "Calendar"): every UTC day a session, continuity across weekends and midnight. */
class RoundTheClockCalendarTest {

    private static final TradingCalendar ALWAYS = RoundTheClockCalendar.INSTANCE;
    private static final SessionIndex EVERY_DAY = SessionIndex.of(ALWAYS);

    @Test
    void every_day_is_a_whole_utc_day_session() {
        LocalDate christmas = LocalDate.of(2025, 12, 25);
        assertThat(ALWAYS.isSession(christmas)).isTrue();
        assertThat(ALWAYS.isSession(LocalDate.of(2026, 1, 3))).as("a Saturday").isTrue();
        assertThat(ALWAYS.sessionOpen(christmas)).isEqualTo(Instant.parse("2025-12-25T00:00:00Z"));
        assertThat(ALWAYS.sessionClose(christmas)).isEqualTo(Instant.parse("2025-12-26T00:00:00Z"));
        assertThat(ALWAYS.sessions(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))).hasSize(31);
        assertThat(ALWAYS.previousSession(LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(SessionDay.between(ALWAYS, LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 4)))
                .extracting(SessionDay::open).containsExactly("00:00", "00:00");
    }

    @Test
    void crypto_follows_it_and_everything_else_the_nyse() {
        assertThat(Calendars.forKind(InstrumentKind.CRYPTO)).isSameAs(ALWAYS);
        assertThat(Calendars.forKind(InstrumentKind.INDEX)).isSameAs(NyseCalendar.INSTANCE);
        assertThat(Calendars.forKind(null)).isSameAs(NyseCalendar.INSTANCE);
    }

    @Test
    void a_missing_saturday_is_a_hole_of_one_session() {
        // every day of January 2026 but Saturday the 10th
        int[] days = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2026, 2, 1))
                .filter(date -> date.getDayOfMonth() != 10).mapToInt(date -> (int) date.toEpochDay()).toArray();
        double[] closes = Arrays.stream(days).mapToDouble(day -> 40_000 + day % 7).toArray();
        DailySeries series = Continuity.mark(DailySeries.of("BTC-USD", days, closes), EVERY_DAY);
        LocalDate saturday = LocalDate.of(2026, 1, 10);
        assertThat(series.holes()).containsExactly(new Hole(saturday, saturday, 1, true));
        assertThat(series.returns()[8]).as("Friday to Sunday spans the hole").isNaN();
        DailySeries onNyse = Continuity.mark(DailySeries.of("BTC-USD", days, closes),
                SessionIndex.of(NyseCalendar.INSTANCE));
        assertThat(onNyse.holes()).as("the NYSE calendar cannot see a missing Saturday").isEmpty();
    }

    @Test
    void staleness_counts_days_not_weekday_sessions() {
        int[] days = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2026, 1, 11)) // through Saturday the 10th
                .mapToInt(date -> (int) date.toEpochDay()).toArray();
        double[] closes = new double[days.length];
        Arrays.fill(closes, 40_000);
        DailySeries series = DailySeries.of("BTC-USD", days, closes);
        assertThat(Freshness.staleSince(series, LocalDate.of(2026, 1, 15), EVERY_DAY)).as("five days old").isEmpty();
        assertThat(Freshness.staleSince(series, LocalDate.of(2026, 1, 16), EVERY_DAY)).as("six days old")
                .contains(LocalDate.of(2026, 1, 10));
    }

    @Test
    void intraday_bars_run_through_midnight_and_a_missing_night_bar_is_a_hole() {
        long start = Instant.parse("2026-01-10T23:00:00Z").getEpochSecond();
        long[] starts = new long[24]; // 5-minute bars 23:00..01:00 without 00:30
        int n = 0;
        for (long t = start; t < start + 2 * 3600; t += 300) {
            if (t != Instant.parse("2026-01-11T00:30:00Z").getEpochSecond()) {
                starts[n++] = t;
            }
        }
        assertThat(n).isEqualTo(23);
        double[] prices = new double[n];
        Arrays.fill(prices, 3000);
        IntradaySeries bars = IntradaySeries.of("ETH-USD", 300, Arrays.copyOf(starts, n), prices, prices, prices, prices, prices);
        assertThat(IntradayContinuity.holes(bars, ALWAYS)).containsExactly(new MinuteHole(
                Instant.parse("2026-01-11T00:30:00Z").getEpochSecond(),
                Instant.parse("2026-01-11T00:30:00Z").getEpochSecond(), 1, 0));
        assertThat(IntradayContinuity.holes(bars, NyseCalendar.INSTANCE)).as("outside NYSE hours: unseen").isEmpty();
    }
}
