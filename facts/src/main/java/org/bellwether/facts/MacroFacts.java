package org.bellwether.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.model.Event;
import org.bellwether.core.model.MacroSeries;
import org.bellwether.core.model.NoDataException;
import org.bellwether.core.model.SeriesIds;
import org.bellwether.core.moves.LargeMoves;
import org.bellwether.core.regression.Ols;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.PointInTime;

/**
 * Rates, credit spreads, rate sensitivity and the economic calendar (DESIGN: "Rate sensitivity"). Levels follow the
 * as-of rule of index levels: the last observation on or before a date.
 */
public final class MacroFacts {

    private static final ZoneId EXCHANGE = NyseCalendar.INSTANCE.zone();

    private final MarketData data;

    /** Macro facts from {@code data}. */
    public MacroFacts(MarketData data) {
        this.data = data;
    }

    /**
     * Every macro series' level as of {@code asOf} and its changes over one observation, one week (against the level
     * as of seven days earlier), month- and year-to-date (against the last observation of the previous month and
     * year), in basis points for series in percent (NaN for other units); credit spreads also say whether they are
     * tightening or widening month-to-date.
     */
    public Reports.Rates rates(LocalDate asOf) {
        List<Reports.RateRow> rows = new ArrayList<>();
        for (MacroSeries all : data.macro().macroSeries().values()) {
            MacroSeries series = PointInTime.knownOn(all, asOf); // as of the date: only what was published by then
            int i = series.dates().length - 1;
            if (i < 0) {
                continue;
            }
            double level = series.values()[i];
            Optional<LocalDate> stale = PointInTime.staleSince(series, PointInTime.frequency(all.dates()), asOf);
            if (stale.isPresent()) {
                rows.add(new Reports.RateRow(series.id(), series.unit(), series.dates()[i], level, Double.NaN,
                        Double.NaN, Double.NaN, Double.NaN, null, stale.get()));
                continue;
            }
            boolean percent = "percent".equalsIgnoreCase(String.valueOf(series.unit()));
            double mtd = changeBp(series, level, ToDate.MONTH.base(asOf), percent);
            String move = !SeriesIds.isCreditSpread(series.id()) || Double.isNaN(mtd) ? null
                    : mtd < 0 ? "tightening" : mtd > 0 ? "widening" : "unchanged";
            rows.add(new Reports.RateRow(series.id(), series.unit(), series.dates()[i], level,
                    i == 0 || !percent ? Double.NaN : bp(level - series.values()[i - 1]),
                    changeBp(series, level, series.dates()[i].minusDays(7), percent), mtd,
                    changeBp(series, level, ToDate.YEAR.base(asOf), percent), move, null));
        }
        return new Reports.Rates(asOf, rows);
    }

    /**
     * The last {@code count} changes of the percent series {@code seriesId} from one observation to the next, as known
     * on {@code asOf} (oldest first), each sized like a large move (DESIGN: the standard deviation of the previous 63
     * changes); none when the series is not in percent, not held or stale on the date.
     */
    public List<Reports.SeriesMove> recentMoves(String seriesId, LocalDate asOf, int count) {
        MacroSeries all = data.macro().macroSeries().get(seriesId);
        if (all == null || !"percent".equalsIgnoreCase(String.valueOf(all.unit()))) {
            return List.of();
        }
        MacroSeries series = PointInTime.knownOn(all, asOf);
        double[] values = series.values();
        if (values.length < 2 || PointInTime.staleSince(series, PointInTime.frequency(all.dates()), asOf).isPresent()) {
            return List.of();
        }
        double[] changes = new double[values.length - 1];
        for (int i = 0; i < changes.length; i++) {
            changes[i] = values[i + 1] - values[i];
        }
        double[] sigma = LargeMoves.sigma(changes);
        List<Reports.SeriesMove> moves = new ArrayList<>();
        for (int i = Math.max(0, changes.length - count); i < changes.length; i++) {
            moves.add(new Reports.SeriesMove(seriesId, series.dates()[i], series.dates()[i + 1], bp(changes[i]),
                    values[i + 1], changes[i] / sigma[i]));
        }
        return moves;
    }

    private static double changeBp(MacroSeries series, double level, LocalDate base, boolean percent) {
        int i = indexOnOrBefore(series.dates(), base);
        return i < 0 || !percent ? Double.NaN : bp(level - series.values()[i]);
    }

    /** Percentage points to basis points, rounded off the binary noise of the difference (0.01 bp). */
    private static double bp(double percentagePoints) {
        return Math.round(percentagePoints * 10_000) / 100.0;
    }

    private static int indexOnOrBefore(LocalDate[] dates, LocalDate date) {
        int found = Arrays.binarySearch(dates, date);
        return found >= 0 ? found : -found - 2;
    }

    /**
     * The OLS slope of {@code symbol}'s daily simple returns (percent) on the daily changes of {@code seriesId}
     * (basis points) over the dates both have in {@code [from, to]}, each return and change spanning the same two
     * dates; reported per 100 bp, with its t-statistic and R². With a {@code window}, also the slope over each
     * window of that many observations (running sums: O(n)).
     */
    public Reports.Sensitivity sensitivity(String symbol, String seriesId, LocalDate from, LocalDate to, int window) {
        MacroSeries series = data.macro().macroSeries(seriesId).orElseThrow(() -> new NoDataException(
                "the store has no macro series " + seriesId + " (bellwether rates lists them; import them with "
                        + "bellwether import macro)"));
        DailySeries prices = data.daily(symbol).require();
        Map<LocalDate, Double> values = new HashMap<>();
        for (int i = 0; i < series.dates().length; i++) {
            values.put(series.dates()[i], series.values()[i]);
        }
        List<LocalDate> dates = new ArrayList<>();
        List<double[]> pairs = new ArrayList<>(); // {close, series value} on the dates both have
        int[] range = prices.range(from, to);
        for (int i = range[0]; i < range[1]; i++) {
            Double value = values.get(prices.date(i));
            if (value != null) {
                dates.add(prices.date(i));
                pairs.add(new double[] {prices.close(i), value});
            }
        }
        int n = Math.max(0, pairs.size() - 1);
        double[] changes = new double[n];
        double[] returns = new double[n];
        for (int t = 0; t < n; t++) {
            changes[t] = (pairs.get(t + 1)[1] - pairs.get(t)[1]) * 100;
            returns[t] = (pairs.get(t + 1)[0] / pairs.get(t)[0] - 1) * 100;
        }
        Ols fit = Ols.fit(changes, returns);
        List<Reports.RollingSlope> rolling = window > 0 ? rollingSlopes(changes, returns, dates, window) : null;
        return new Reports.Sensitivity(symbol, seriesId, fit.n(), fit.slope() * 100, fit.tStat(), fit.rSquared(),
                dates.isEmpty() ? from : dates.get(0), dates.isEmpty() ? to : dates.get(dates.size() - 1), rolling);
    }

    /** The slope over each {@code window} observations, with running sums of x, y, x² and xy. */
    private static List<Reports.RollingSlope> rollingSlopes(double[] x, double[] y, List<LocalDate> dates, int window) {
        List<Reports.RollingSlope> slopes = new ArrayList<>();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int t = 0; t < x.length; t++) {
            sx += x[t];
            sy += y[t];
            sxx += x[t] * x[t];
            sxy += x[t] * y[t];
            if (t >= window) {
                int out = t - window;
                sx -= x[out];
                sy -= y[out];
                sxx -= x[out] * x[out];
                sxy -= x[out] * y[out];
            }
            if (t >= window - 1) {
                double varianceX = sxx - sx * sx / window;
                double slope = varianceX <= 0 ? Double.NaN : (sxy - sx * sy / window) / varianceX;
                slopes.add(new Reports.RollingSlope(dates.get(t + 1), slope * 100));
            }
        }
        return slopes;
    }

    /**
     * The events from {@code from} to {@code to} (whole days in the exchange's zone), and the next scheduled release
     * (an economic release or earnings) on a day after {@code asOf}, within a year.
     */
    public Reports.Calendar calendar(LocalDate from, LocalDate to, LocalDate asOf) {
        List<Reports.CalendarEvent> events = data.macro().events(startOf(from), startOf(to.plusDays(1))).stream()
                .map(event -> calendarEvent(event, EXCHANGE)).toList();
        Reports.CalendarEvent next = data.macro().events(startOf(asOf.plusDays(1)), startOf(asOf.plusYears(1))).stream()
                .filter(event -> !"NEWS".equals(event.kind())).findFirst().map(event -> calendarEvent(event, EXCHANGE))
                .orElse(null);
        return new Reports.Calendar(from, to, events, next);
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(EXCHANGE).toInstant();
    }

    /** {@code event} as the calendar shows it, at its time in {@code zone}. */
    static Reports.CalendarEvent calendarEvent(Event event, ZoneId zone) {
        return new Reports.CalendarEvent(event.id(), exchangeTime(event.time(), zone), event.headline(), event.kind(),
                event.tags(), event.symbols(), event.expectedDate());
    }

    /** An instant in {@code zone}, ISO-8601 with its offset, e.g. 2026-01-21T08:05:00-05:00. */
    static String exchangeTime(Instant time, ZoneId zone) {
        return time.atZone(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
