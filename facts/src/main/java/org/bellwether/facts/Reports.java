package org.bellwether.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bellwether.core.aggregate.IntradayContinuity;
import org.bellwether.core.aggregate.IntradayContinuity.MinuteHole;
import org.bellwether.core.calendar.TradingCalendar;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.Hole;
import org.bellwether.core.series.IntradaySeries;

/**
 * The results of the engine's questions, shaped as the CLI's and the API's JSON documents (field names in snake
 * case: {@code startDate} is {@code start_date}). Numbers that are not defined (warm-up, too few sessions) are NaN,
 * written as JSON null.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * A hole of {@code symbol}'s data that a figure met (DESIGN: "Continuity"): sessions {@code [from, to]} have no
     * bar; {@code byCalendar} false when the data's own sessions judged it (before the calendar's range, or for a
     * series on another calendar).
     */
    public record Gap(String symbol, LocalDate from, LocalDate to, int sessions, boolean byCalendar) {

        /** The holes of {@code series} overlapping {@code [from, to]}. */
        public static List<Gap> of(DailySeries series, LocalDate from, LocalDate to) {
            return series.holesBetween(from, to).stream().map(hole -> of(series.symbol(), hole)).toList();
        }

        /** {@code hole} of {@code symbol}. */
        public static Gap of(String symbol, Hole hole) {
            return new Gap(symbol, hole.from(), hole.to(), hole.sessions(), hole.byCalendar());
        }

        /** "QQQ 2022-11-21..2025-02-18 (565 sessions)". */
        public String describe() {
            return symbol + " " + new Hole(from, to, sessions, byCalendar).describe();
        }
    }

    /**
     * A hole of {@code symbol}'s intraday bars that a figure met (DESIGN: "Continuity"): {@code bars} expected bars
     * from {@code from} to {@code to} (bar starts, ISO timestamps with the exchange's offset) have no bar;
     * {@code sessions} of the sessions it spans have none at all.
     */
    public record MinuteGap(String symbol, String from, String to, int bars, int sessions) {

        /** {@code hole} of {@code series}, its times in {@code zone}. */
        public static MinuteGap of(IntradaySeries series, MinuteHole hole, ZoneId zone) {
            return new MinuteGap(series.symbol(), time(hole.from(), zone), time(hole.to(), zone), hole.bars(),
                    hole.wholeSessions());
        }

        /** The holes of {@code series} on {@code calendar} that overlap {@code [from, to]} (epoch seconds). */
        public static List<MinuteGap> of(IntradaySeries series, TradingCalendar calendar, long from, long to) {
            return overlapping(series, IntradayContinuity.holes(series, calendar), calendar.zone(), from, to);
        }

        /** Those of {@code holes} of {@code series} that overlap {@code [from, to]} (epoch seconds), in {@code zone}. */
        public static List<MinuteGap> overlapping(IntradaySeries series, List<MinuteHole> holes, ZoneId zone, long from,
                long to) {
            return holes.stream().filter(hole -> hole.to() >= from && hole.from() <= to)
                    .map(hole -> of(series, hole, zone)).toList();
        }

        private static String time(long epochSecond, ZoneId zone) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochSecond(epochSecond).atZone(zone));
        }

        /** "KRX 2026-01-16T10:02-05:00..2026-01-16T10:04-05:00 (3 bars)". */
        public String describe() {
            return symbol + " " + (from.equals(to) ? from : from + ".." + to) + " (" + bars + (bars == 1 ? " bar"
                    : " bars") + (sessions == 0 ? "" : ", " + sessions + (sessions == 1 ? " whole session"
                            : " whole sessions")) + ")";
        }
    }

    /** One instrument's return over the period. */
    public record PerfRow(String symbol, LocalDate startDate, double startLevel, LocalDate endDate, double endLevel,
            double returnPct, List<Gap> holes) {
    }

    /** The first symbol's performance relative to another, in basis points. */
    public record RelativeBp(String a, String b, double bp) {
    }

    /**
     * {@code bellwether perf}.
     *
     * @param rows one per symbol
     * @param relativeBp the first symbol against each other
     * @param basis {@code price} (closes: the price return) or {@code total} (adjusted closes: dividends
     *     reinvested, splits undone)
     */
    public record Perf(List<PerfRow> rows, List<RelativeBp> relativeBp, String basis) {

        /** The basis of a price return. */
        public static final String PRICE = "price";
        /** The basis of a total return. */
        public static final String TOTAL = "total";
    }

    /** A record close. */
    public record RecordClose(LocalDate date, double close) {
    }

    /** {@code bellwether records}. */
    public record Records(String symbol, LocalDate historyStart, int count, List<RecordClose> records,
            List<Gap> holes) {
    }

    /** One session's move against the standard deviation of the previous 63 session returns. */
    public record Move(LocalDate date, double returnPct, double sigma, double z) {
    }

    /** {@code bellwether moves}; {@code sigma} is in percent, like the return. */
    public record Moves(String symbol, List<Move> moves, List<Gap> holes) {
    }

    /** {@code bellwether stats}. */
    public record Stats(String symbol, String vs, int sessions, double volatilityPct, double beta, double correlation,
            double trackingErrorPct, double maxDrawdownPct, List<Gap> holes) {
    }

    /** Rolling beta of {@code a} on {@code b} and their correlation, session by session (NaN until a window is full). */
    public record Rolling(String a, String b, int window, List<LocalDate> dates, List<Double> beta,
            List<Double> correlation, List<Gap> holes) {
    }

    /**
     * {@code bellwether corr}: {@code holes} those of the daily closes, {@code minuteHoles} (tick-for-tick) those of
     * the 1-minute bars; no return spans either.
     */
    public record Correlation(String a, String b, int observations, double correlation, List<Gap> holes,
            List<MinuteGap> minuteHoles) {
    }

    /**
     * A break through a level: {@code time} is a date for daily bars, an ISO timestamp with the exchange's offset for
     * intraday bars; {@code heldMinutes} (intraday only) is the time from the session open to the breakout bar;
     * {@code holes} (daily) and {@code minuteHoles} (intraday) the holes between the level's first touch, or the
     * start of the 20 sessions its volume is compared with, and the break (none known for breaks computed elsewhere).
     */
    public record BreakoutRow(String time, double level, String direction, int touches, Double heldMinutes,
            double volumeRatio, boolean confirmed, List<Gap> holes, List<MinuteGap> minuteHoles) {
    }

    /** {@code bellwether breakouts}. */
    public record Breakouts(String symbol, List<BreakoutRow> breakouts) {
    }

    /** A support or resistance level as known at the as-of time. */
    public record LevelRow(double price, String kind, int touches, String firstTouch, String lastTouch, String swings) {
    }

    /**
     * {@code bellwether levels}: the levels near {@code close}, the last close on or before the as-of date;
     * {@code holes} (daily) and {@code minuteHoles} (intraday) those between the earliest first touch listed and then.
     */
    public record Levels(String symbol, String asOf, double close, List<LevelRow> levels, List<Gap> holes,
            List<MinuteGap> minuteHoles) {
    }

    /**
     * An aggregate over an index's members on a date, with its coverage (DESIGN: "Coverage"): {@code withData} of
     * the {@code members} had data, holding {@code weightWithDataPct} of the index weight (NaN when the members carry
     * no index weights, or when the figure was computed elsewhere and imported).
     */
    public interface MemberAggregate {

        /** The index's members on the date. */
        int members();

        /** Those with the data the aggregate needs. */
        int withData();

        /** The index weight they hold, in percent; NaN when not known. */
        double weightWithDataPct();

        /** Whether too few members, or too little index weight, had data to speak for the index. */
        @JsonProperty("partial")
        default boolean partial() {
            return DataRule.isPartial(withData(), members(), weightWithDataPct());
        }

        /** Its coverage in words: "5 of the 504 members (3.1% of the index weight)". */
        default String coverage() {
            return withData() + " of the " + members() + " members" + (Double.isNaN(weightWithDataPct()) ? ""
                    : " (" + String.format(Locale.ROOT, "%.1f", weightWithDataPct()) + "% of the index weight)");
        }
    }

    /** {@code bellwether breadth}: counts over the members with enough history for each signal. */
    public record Breadth(String index, LocalDate asOf, int members, int withData, double weightWithDataPct,
            int above50d, double above50dPct, int advancers, int decliners, int unchanged, int newHighs, int newLows,
            int netNewHighs) implements MemberAggregate {
    }

    /**
     * {@code bellwether concentration}: weights from the members' weights, or shares times the close, on the as-of
     * date, of the {@code withData} of its {@code members} with a close that is not stale; the cap- and
     * equal-weighted returns over {@code [periodStart, asOf]} hold the weights of the period start.
     */
    public record Concentration(String index, LocalDate asOf, int members, int withData, double weightWithDataPct,
            String weighting, int topN, double topWeightPct, double herfindahl, double effectiveNumber,
            LocalDate periodStart, double capWeightedReturnPct, double equalWeightedReturnPct, double capMinusEqualBp)
            implements MemberAggregate {
    }

    /**
     * The weight of the top {@code topN} members of an index, in percent, session by session; {@code partial} when on
     * some session too few members, or too little index weight, had a current close (DESIGN: "Coverage").
     */
    public record TopWeights(String index, int topN, List<LocalDate> dates, List<Double> weightPct, boolean partial) {
    }

    /**
     * One sector's part of an index's cap-weighted return: its weight at the period start, its own cap-weighted
     * return, and its contribution (weight × return) in basis points of the index.
     */
    public record SectorRow(String sector, int members, double weightPct, double returnPct, double contributionBp) {
    }

    /**
     * {@code bellwether sectors}: the contributions add up to the index's cap-weighted return, of the {@code withData}
     * of its {@code members} on the end date with a level at both ends.
     */
    public record Sectors(String index, LocalDate startDate, LocalDate endDate, int members, int withData,
            double weightWithDataPct, double indexReturnPct, List<SectorRow> sectors) implements MemberAggregate {
    }

    /**
     * One row of {@code bellwether screen}; {@code breakout252} is null when highs or volumes are unknown;
     * {@code staleSince} the symbol's last session when it is stale on the as-of date (no figure then), else null.
     */
    public record ScreenRow(String symbol, double returnMtdPct, double returnYtdPct, double volatility20Pct,
            double beta60, double correlation60, int recordsYtd, Boolean breakout252, LocalDate staleSince) {
    }

    /**
     * {@code bellwether screen}.
     *
     * @param source where imported results came from (e.g. "spark: /data/results"); null when the embedded engine
     *     computed them
     */
    public record Screen(LocalDate asOf, String vs, List<ScreenRow> rows, String source) {

        /** The JSON document of {@code bellwether screen --json}, the API and the Spark screen, field by field. */
        public Map<String, Object> document() {
            List<Map<String, Object>> json = new ArrayList<>();
            for (ScreenRow row : rows) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("symbol", row.symbol());
                one.put("return_mtd_pct", row.returnMtdPct());
                one.put("return_ytd_pct", row.returnYtdPct());
                one.put("volatility_20_pct", row.volatility20Pct());
                one.put("beta_60", row.beta60());
                one.put("correlation_60", row.correlation60());
                one.put("records_ytd", row.recordsYtd());
                one.put("breakout_252", row.breakout252());
                one.put("stale_since", row.staleSince() == null ? null : row.staleSince().toString());
                json.add(one);
            }
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("as_of", asOf.toString());
            document.put("vs", vs);
            if (source != null) {
                document.put("source", source);
            }
            document.put("rows", json);
            return document;
        }

        /**
         * What the screen says of the universe against its benchmark, the benchmark's own row left out: how many
         * symbols it holds, how many of those with a return this year are ahead of the benchmark's, and how many
         * broke out above their 252-session high on volume; null when the screen has no row of the benchmark.
         */
        public Summary summary() {
            ScreenRow benchmark = rows.stream().filter(row -> row.symbol().equals(vs)).findFirst().orElse(null);
            if (benchmark == null) {
                return null;
            }
            int screened = 0;
            int stale = 0;
            int withYtd = 0;
            int ahead = 0;
            int breakouts = 0;
            for (ScreenRow row : rows) {
                if (row == benchmark) {
                    continue;
                }
                screened++;
                stale += row.staleSince() != null ? 1 : 0;
                if (!Double.isNaN(row.returnYtdPct())) {
                    withYtd++;
                    ahead += row.returnYtdPct() > benchmark.returnYtdPct() ? 1 : 0;
                }
                breakouts += Boolean.TRUE.equals(row.breakout252()) ? 1 : 0;
            }
            boolean comparable = withYtd > 0 && !Double.isNaN(benchmark.returnYtdPct());
            return new Summary(screened, stale, withYtd, ahead, comparable ? 100.0 * ahead / withYtd : Double.NaN,
                    breakouts, benchmark.returnYtdPct());
        }
    }

    /**
     * {@link Screen#summary()}.
     *
     * @param screened the symbols screened, the benchmark left out
     * @param stale those stale on the as-of date (left out of everything else)
     * @param withYtd those with a return this year
     * @param ahead those of them with a higher return this year than the benchmark's
     * @param aheadPct {@code ahead} as a percentage of {@code withYtd}; NaN when there is nothing to compare (the
     *     benchmark without a return this year, or no symbol with one)
     * @param breakouts the screened symbols closing above their 252-session high on 1.5 times their volume
     * @param benchmarkYtdPct the benchmark's return this year
     */
    public record Summary(int screened, int stale, int withYtd, int ahead, double aheadPct, int breakouts,
            double benchmarkYtdPct) {
    }

    /**
     * {@code bellwether screen zombies}: {@code sharePct} and {@code strictSharePct} are of the members with data;
     * {@code strictUndetermined} counts the zombies whose strict form cannot be decided (founding year or three
     * consecutive fiscal years unknown), which the strict count leaves out.
     */
    public record Zombies(String index, LocalDate asOf, int members, int withData, double weightWithDataPct,
            int zombies, double sharePct, int strictZombies, double strictSharePct, List<ZombieSector> bySector,
            List<ZombieCompany> companies, Map<String, Double> aggregates, int strictUndetermined, Zombies compare)
            implements MemberAggregate {

        /** This screen with {@code other}'s (another index on the same date) beside it. */
        public Zombies comparedWith(Zombies other) {
            return new Zombies(index, asOf, members, withData, weightWithDataPct, zombies, sharePct, strictZombies,
                    strictSharePct, bySector, companies, aggregates, strictUndetermined, other);
        }
    }

    /** One sector of the zombie screen. */
    public record ZombieSector(String sector, int members, int withData, int zombies, double sharePct) {
    }

    /**
     * One company of the zombie screen, at its latest fiscal year on the date; {@code coverage} is NaN without
     * interest to cover, {@code strict} null when undetermined.
     */
    public record ZombieCompany(String symbol, String sector, LocalDate periodEnd, double coverage, boolean zombie,
            Boolean strict, double leverage, double floatingShare, double marketCap, double totalDebt,
            double floatingRateDebt, double ebit, double interestExpense) {
    }

    /**
     * {@code bellwether whatif}: the zombie screen before and after a shock to rates (on the floating-rate part of
     * debt) and tariffs (on EBIT, by sector), by sector; {@code withoutFloatingRateData} companies report no
     * floating-rate debt, so a rate shock leaves their interest unchanged.
     */
    public record WhatIf(String index, LocalDate asOf, double ratesBp, Map<String, Double> tariffsPct,
            Map<String, Double> inputCostShares, int withData, int zombiesBefore, double shareBeforePct,
            int zombiesAfter, double shareAfterPct, List<WhatIfSector> bySector, int withoutFloatingRateData) {
    }

    /** One sector of a what-if. */
    public record WhatIfSector(String sector, int withData, int zombiesBefore, double shareBeforePct, int zombiesAfter,
            double shareAfterPct) {
    }

    /**
     * One macro series in {@code bellwether rates}: its level as of the date (the last value known then) and its
     * changes in basis points; {@code staleSince} the date of that value when the series is stale on the date (no
     * change is given then), else null. (An underscore before a digit keeps it in the JSON name: {@code change_1d_bp}.)
     */
    public record RateRow(String series, String unit, LocalDate date, double level, double change_1dBp,
            double change_1wBp, double changeMtdBp, double changeYtdBp, String spreadMove, LocalDate staleSince) {
    }

    /**
     * A macro series' change from one observation to the next ({@code from} to {@code date}), in basis points, with the
     * level it reached and its size in standard deviations of the previous changes (NaN in warm-up).
     */
    public record SeriesMove(String series, LocalDate from, LocalDate date, double changeBp, double level, double z) {
    }

    /** {@code bellwether rates}. */
    public record Rates(LocalDate asOf, List<RateRow> series) {
    }

    /**
     * {@code bellwether sensitivity}: the OLS slope of daily returns on daily changes of a series, over the dates
     * {@code from} to {@code to}; {@code rolling} only when a window was asked for.
     */
    public record Sensitivity(String symbol, String series, int observations, double slopePctPer_100bp, double tStat,
            double rSquared, LocalDate from, LocalDate to, List<RollingSlope> rolling) {
    }

    /** The slope over the window ending on {@code date}. */
    public record RollingSlope(LocalDate date, double slopePctPer_100bp) {
    }

    /** One event of {@code bellwether calendar}; {@code time} in the exchange's zone with its offset. */
    public record CalendarEvent(String id, String time, String headline, String kind, List<String> tags,
            List<String> symbols, LocalDate expectedDate) {
    }

    /** {@code bellwether calendar}: the events in the range and the next scheduled release after the as-of time. */
    public record Calendar(LocalDate from, LocalDate to, List<CalendarEvent> events, CalendarEvent nextCatalyst) {
    }

    /** {@code bellwether event-study}: the event, its day 0, the market, the window in sessions, one result a symbol. */
    public record EventStudy(String event, String time, LocalDate day0, String vs, List<Integer> window,
            List<EventResult> results) {
    }

    /**
     * One symbol of an event study: the market model (alpha in percent a session), the abnormal returns of the window,
     * their sum (CAR, percent) with its t-statistic, and the move in the minutes after an intraday event (or null).
     */
    public record EventResult(String symbol, double alphaPct, double beta, int estimationReturns,
            List<AbnormalReturn> returns, double carPct, double tStat, IntradayMove intraday) {
    }

    /** One session of an event window: its offset from day 0, the returns and the abnormal return, in percent. */
    public record AbnormalReturn(LocalDate date, int day, double returnPct, double marketPct, double abnormalPct) {
    }

    /** The move over {@code minutes} after an intraday event, against the same window of {@code sessions} before. */
    public record IntradayMove(int minutes, double movePct, double usualMeanPct, double usualSdPct, double z,
            int sessions) {
    }

    /** {@code bellwether catalysts}: the largest moves of a symbol, each with the events of the 24 hours before. */
    public record Catalysts(String symbol, LocalDate from, LocalDate to, List<MoveCatalysts> moves) {
    }

    /** One large move ({@code sigma}: of the previous 63 returns, percent) and the events before it. */
    public record MoveCatalysts(LocalDate date, double returnPct, double sigma, List<CalendarEvent> events) {
    }
}
