package org.bellwether.facts;

import static org.bellwether.facts.Parameter.Format.DECIMAL;
import static org.bellwether.facts.Parameter.Format.INTEGER;
import static org.bellwether.facts.Parameter.Format.PERCENT;
import static org.bellwether.facts.Parameter.Format.SIGNED;
import static org.bellwether.facts.Parameter.Format.WORDS;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.facts.text.Wording;

/**
 * The fact registry: every kind of statement Bellwether makes, each defined once. A kind holds its name (as the
 * checker's and the API's JSON give it), its unit, how a stated value is compared with it, the printed precision the
 * note and the alerts word it with, its definition in words (the provenance of every fact of the kind), the version
 * of that definition, and its parameters, which are the constants of {@link Definitions} and are stated in
 * DESIGN.md in the same words (a test holds the two together). Kinds computed from the store by a generic
 * definition ({@link FactDefinition}) are also listed in {@link FactRegistry}.
 */
public enum FactKind {

    // Returns and relative performance
    PERIOD_RETURN("return", Unit.PERCENT, Comparison.HEDGED, 2, 1,
            "simple return P_end / P_start − 1 of the closes of the last sessions on or before each date"),
    RELATIVE_PERFORMANCE("relative_performance", Unit.BP, Comparison.HEDGED, 0, 1,
            "(r_a − r_b) × 10,000 over the same period and as-of rule"),
    RETURN_FACTOR("factor", Unit.RATIO, Comparison.HEDGED, 2, 1, "r_a / r_b, both returns positive"),
    SESSION_RETURN("session_move", Unit.PERCENT, Comparison.HEDGED, 2, 1,
            "the close against the previous session's close"),
    POINTS_CHANGE("points_change", Unit.POINTS, Comparison.HEDGED, 2, 1,
            "the difference of closes, same as-of rule as returns"),
    CLOSE("close", Unit.LEVEL, Comparison.HEDGED, 2, 1, "the close of the last session on or before the date"),
    LARGEST_MOVE_SINCE("largest_move_since", Unit.DATE, Comparison.SAME_DATE, 0, 1, "X is the most recent earlier "
            + "session with a move at least as large in the same direction (points or percent as stated, over one "
            + "session or the N stated)"),
    MOVE_RANK("move_rank", Unit.COUNT, Comparison.HEDGED, 0, 1, "the rank of the session's move among the moves "
            + "in the same direction of the window stated (points or percent as stated; the past N years, or the whole "
            + "history, which needs the history rule of record highs for the largest and the history from inception "
            + "for any other rank)"),
    HIGHEST_CLOSE_SINCE("highest_close_since", Unit.DATE, Comparison.SAME_DATE, 0, 1, "X is the last earlier close at "
            + "least as high as the close on the date"),
    LOWEST_CLOSE_SINCE("lowest_close_since", Unit.DATE, Comparison.SAME_DATE, 0, 1, "X is the last earlier close at "
            + "least as low as the close on the date"),
    FIRST_CROSS_SINCE("first_cross_since", Unit.DATE, Comparison.SAME_DATE, 0, 1, "the close on the date is beyond a "
            + "level (above or below) and X is the last earlier close beyond it; a first ever needs the history rule of "
            + "record highs"),
    CLOSE_BEYOND("close_beyond", Unit.TRUTH, Comparison.HOLDS, 0, 1, "the close of the session is above (below) a "
            + "level; back above (below) it, also the previous close below (above) it"),
    HIGH_CLOSE("high_close", Unit.LEVEL, Comparison.HEDGED, 2, 1, "the highest close of a window up to the date: "
            + "the stored history (its record, under the history rule of record highs), the 52 weeks (252 sessions) "
            + "up to and including it, or a stated year or month; of an intraday record, the highest session high"),
    LOW_CLOSE("low_close", Unit.LEVEL, Comparison.HEDGED, 2, 1, "the lowest close of a window up to the date: the 52 "
            + "weeks (252 sessions) up to and including it, or a stated year or month"),
    DISTANCE("distance", Unit.PERCENT, Comparison.HEDGED, 2, 1, "the close on the date against a reference close (a "
            + "record, a 52-week, year or month high or low, the close of a named session, the close 52 weeks "
            + "before): close / reference − 1; \"in a correction\", \"a bear market\": at least the threshold below the "
            + "record close",
            new Parameter("CORRECTION_DRAWDOWN", Definitions.CORRECTION_DRAWDOWN, PERCENT,
                    "**correction** at least {} below the record close"),
            new Parameter("BEAR_MARKET_DRAWDOWN", Definitions.BEAR_MARKET_DRAWDOWN, PERCENT,
                    "**bear market** at least {}")),

    // Records
    RECORD_HIGH("record_high", Unit.TRUTH, Comparison.HOLDS, 0, 1, "a close strictly above every earlier close in the "
            + "stored history, called a record only when the history starts at inception or at least "
            + Definitions.RECORD_HISTORY_YEARS + " years before it",
            new Parameter("RECORD_HISTORY_YEARS", Definitions.RECORD_HISTORY_YEARS, WORDS,
                    "or at least {} years before the record")),
    RECORD_HIGH_COUNT("record_count", Unit.COUNT, Comparison.HEDGED, 0, 1, "record closes (closes strictly above "
            + "every earlier close) within the calendar year up to the date, with the history rule of records",
            new Parameter("RECORD_HISTORY_YEARS", Definitions.RECORD_HISTORY_YEARS, WORDS,
                    "or at least {} years before the record")),
    FIFTY_TWO_WEEK_HIGH("52_week_high", Unit.TRUTH, Comparison.HOLDS, 0, 1, "a close above the highest close of the "
            + "prior " + Definitions.WEEKS_52_SESSIONS + " sessions",
            new Parameter("WEEKS_52_SESSIONS", Definitions.WEEKS_52_SESSIONS, INTEGER,
                    "close above the highest close of the prior {} sessions")),
    STREAK("streak", Unit.COUNT, Comparison.HEDGED, 0, 1, "the consecutive sessions up to the date whose change has the "
            + "same sign, counted back from the date"),
    DIRECTION_COUNT("direction_count", Unit.COUNT, Comparison.HEDGED, 0, 1, "how many of the last N sessions (calendar "
            + "weeks, months, quarters, years: from one's last close to the next's) up to the date moved the way stated, "
            + "by at least the size stated (\"double-digit\": 10%); or, for a run (\"three years running\", \"its fifth "
            + "straight weekly gain\"), how many in a row"),

    // Moves and statistics
    LARGE_MOVE("large_move", Unit.SIGMA, Comparison.HEDGED, 2, 1, "a session return of at least k (default "
            + Wording.number(Definitions.MOVE_K, 0) + ") sample standard deviations of the previous "
            + Definitions.MOVE_SIGMA_SESSIONS + " session returns",
            new Parameter("MOVE_K", Definitions.MOVE_K, DECIMAL, "at least k (default {}) times"),
            new Parameter("MOVE_SIGMA_SESSIONS", Definitions.MOVE_SIGMA_SESSIONS, INTEGER,
                    "of the previous {} session returns")),
    VOLATILITY("volatility", Unit.PERCENT, Comparison.HEDGED, 2, 1, "sample standard deviation of the daily simple "
            + "returns of the sessions both series have, annualised by sqrt(" + Definitions.SESSIONS_PER_YEAR + ")",
            new Parameter("SESSIONS_PER_YEAR", Definitions.SESSIONS_PER_YEAR, INTEGER, "annualised by √{}")),
    BETA("beta", Unit.RATIO, Comparison.HEDGED, 2, 1,
            "sample covariance of returns aligned by session over the sample variance of the benchmark's"),
    CORRELATION("correlation", Unit.RATIO, Comparison.HEDGED, 2, 1, "Pearson correlation of returns aligned by session"),
    TRACKING_ERROR("tracking_error", Unit.PERCENT, Comparison.HEDGED, 2, 1, "annualised sample standard deviation of "
            + "r_a − r_b", new Parameter("SESSIONS_PER_YEAR", Definitions.SESSIONS_PER_YEAR, INTEGER,
                    "annualised by √{}")),
    MAX_DRAWDOWN("max_drawdown", Unit.PERCENT, Comparison.HEDGED, 2, 1,
            "the largest peak-to-trough fall of closes within the range, as a negative percent"),

    // Levels and breakouts
    SUPPORT_RESISTANCE("level", Unit.LEVEL, Comparison.WITHIN_LEVEL_TOLERANCE, 2, 1, "a price band of clustered swing "
            + "highs (resistance) or lows (support), a swing being the extreme of the k bars on each side (k = "
            + Definitions.SWING_BARS_DAILY + " on daily, " + Definitions.SWING_BARS_INTRADAY + " on 1-minute bars), "
            + "swings within " + Wording.number(Definitions.LEVEL_TOLERANCE * 100, 1) + "% of the price clustering "
            + "into one level",
            new Parameter("SWING_BARS_DAILY", Definitions.SWING_BARS_DAILY, INTEGER, "(default k = {} on daily"),
            new Parameter("SWING_BARS_INTRADAY", Definitions.SWING_BARS_INTRADAY, INTEGER, "{} on 1-minute bars)"),
            new Parameter("LEVEL_TOLERANCE", Definitions.LEVEL_TOLERANCE, PERCENT, "(default {} of price)")),
    BREAKOUT("breakout", Unit.LEVEL, Comparison.WITHIN_LEVEL_TOLERANCE, 2, 1, "the first close above a resistance "
            + "level by more than the level tolerance after at least " + Definitions.BREAKOUT_MIN_TOUCHES
            + " touches", new Parameter("BREAKOUT_MIN_TOUCHES", Definitions.BREAKOUT_MIN_TOUCHES, WORDS,
                    "after at least {} earlier touches")),
    BREAKDOWN("breakdown", Unit.LEVEL, Comparison.WITHIN_LEVEL_TOLERANCE, 2, 1, "the first close below a support level "
            + "by more than the level tolerance after at least " + Definitions.BREAKOUT_MIN_TOUCHES + " touches",
            new Parameter("BREAKOUT_MIN_TOUCHES", Definitions.BREAKOUT_MIN_TOUCHES, WORDS,
                    "after at least {} earlier touches")),
    BREAKOUT_HELD("breakout_held", Unit.MINUTES, Comparison.HEDGED, 0, 1,
            "the time from the session open to the start of the breakout bar"),
    VOLUME_RATIO("volume_ratio", Unit.RATIO, Comparison.HEDGED, 2, 1, "the session's volume up to and including the "
            + "breakout bar over the average of the previous " + Definitions.LEVEL_VOLUME_SESSIONS + " sessions up to "
            + "the same time of day (daily bars: whole sessions), volume-confirmed at "
            + Wording.number(Definitions.VOLUME_MULTIPLE, 1),
            new Parameter("LEVEL_VOLUME_SESSIONS", Definitions.LEVEL_VOLUME_SESSIONS, INTEGER,
                    "the average volume of the previous {} sessions up to the same time of day"),
            new Parameter("VOLUME_MULTIPLE", Definitions.VOLUME_MULTIPLE, DECIMAL, "is at least {}× the average")),
    INTRADAY_CORRELATION("intraday_correlation", Unit.RATIO, Comparison.HEDGED, 2, 1, "Pearson correlation of 1-minute "
            + "returns within the sessions named; tick-for-tick at " + Wording.number(Definitions.TICK_FOR_TICK, 1)
            + " or more", new Parameter("TICK_FOR_TICK", Definitions.TICK_FOR_TICK, DECIMAL,
                    "correlation of 1-minute returns of at least {}")),
    BREAKOUT_252("breakout_252", Unit.TRUTH, Comparison.HOLDS, 0, 2, "a close above the highest high of the prior "
            + Definitions.BREAKOUT_HIGH_SESSIONS + " sessions on more than " + Wording.number(
                    Definitions.VOLUME_MULTIPLE, 1) + " times the average volume of the prior "
            + Definitions.BREAKOUT_VOLUME_SESSIONS + " sessions; undefined with a shorter history",
            new Parameter("BREAKOUT_HIGH_SESSIONS", Definitions.BREAKOUT_HIGH_SESSIONS, INTEGER,
                    "close above the highest high of the prior {} sessions"),
            new Parameter("VOLUME_MULTIPLE", Definitions.VOLUME_MULTIPLE, DECIMAL, "with volume above {}×"),
            new Parameter("BREAKOUT_VOLUME_SESSIONS", Definitions.BREAKOUT_VOLUME_SESSIONS, INTEGER,
                    "the average volume of the prior {} sessions")),

    // Index members
    SHARE_ABOVE_50D("breadth_share", Unit.PERCENT, Comparison.HEDGED, 1, 1, "the share of members with "
            + Definitions.BREADTH_SMA_SESSIONS + " sessions of history whose close is above their "
            + Definitions.BREADTH_SMA_SESSIONS + "-session simple moving average",
            new Parameter("BREADTH_SMA_SESSIONS", Definitions.BREADTH_SMA_SESSIONS, INTEGER,
                    "above their {}-session simple moving average")),
    ADVANCERS_MINUS_DECLINERS("advancers_minus_decliners", Unit.COUNT, Comparison.HEDGED, 0, 1,
            "members closing up minus members closing down on the session"),
    NET_NEW_HIGHS("net_new_highs", Unit.COUNT, Comparison.HEDGED, 0, 1, "members at a new 52-week high minus members at "
            + "a new 52-week low", new Parameter("WEEKS_52_SESSIONS", Definitions.WEEKS_52_SESSIONS, INTEGER,
                    "close above the highest close of the prior {} sessions")),
    TOP_N_WEIGHT("top_weight", Unit.PERCENT, Comparison.HEDGED, 2, 1,
            "the weight of the top N members of the index (their weights, or shares × close)"),
    HERFINDAHL("herfindahl", Unit.RATIO, Comparison.HEDGED, 4, 1, "Σ w² of the members' weights"),
    CAP_MINUS_EQUAL("cap_minus_equal", Unit.BP, Comparison.HEDGED, 0, 1,
            "the cap-weighted minus the equal-weighted return of the members over the period"),
    SECTOR_CONTRIBUTION("sector_contribution", Unit.BP, Comparison.HEDGED, 0, 1,
            "a sector's weight at the period start × its cap-weighted return"),
    SCREENED("screen_count", Unit.COUNT, Comparison.HEDGED, 0, 1, "the symbols of the universe screen, the benchmark "
            + "left out; each row's volatility over the last " + Definitions.SCREEN_VOLATILITY_RETURNS
            + " returns, beta and correlation over the last " + Definitions.SCREEN_BETA_RETURNS + " aligned returns",
            new Parameter("SCREEN_VOLATILITY_RETURNS", Definitions.SCREEN_VOLATILITY_RETURNS, INTEGER,
                    "volatility of the last {} returns"),
            new Parameter("SCREEN_BETA_RETURNS", Definitions.SCREEN_BETA_RETURNS, INTEGER,
                    "beta and correlation of the last {} aligned returns")),
    SCREEN_AHEAD_SHARE("screen_ahead", Unit.PERCENT, Comparison.HEDGED, 1, 1,
            "the share of screened symbols with a return this year whose return is above the benchmark's"),
    SCREEN_BREAKOUTS("screen_breakouts", Unit.COUNT, Comparison.HEDGED, 0, 2, "the screened symbols with a "
            + Definitions.BREAKOUT_HIGH_SESSIONS + "-session breakout: " + BREAKOUT_252.definition),

    // Rates, macro and balance sheets
    SERIES_LEVEL("macro_level", Unit.PERCENT, Comparison.HEDGED, 2, 1,
            "the series' last observation on or before the date"),
    SERIES_CHANGE("macro_change", Unit.BP, Comparison.HEDGED, 0, 1, "the change of a series in percent from its last "
            + "observation on or before the period start, in basis points"),
    RATE_SENSITIVITY("rate_sensitivity", Unit.PERCENT, Comparison.HEDGED, 2, 1,
            "OLS slope of daily returns on daily changes of a yield in basis points, percent per 100 bp"),
    ZOMBIE_SHARE("zombie_share", Unit.PERCENT, Comparison.HEDGED, 1, 1, "the share of members with fundamentals whose "
            + "EBIT / interest expense is below 1 in their latest fiscal year ending within "
            + Definitions.FUNDAMENTALS_MAX_AGE_MONTHS + " months; the strict form also below 1 for "
            + Definitions.ZOMBIE_STRICT_YEARS + " consecutive years, in a firm at least "
            + Definitions.ZOMBIE_STRICT_MIN_AGE_YEARS + " years old",
            new Parameter("FUNDAMENTALS_MAX_AGE_MONTHS", Definitions.FUNDAMENTALS_MAX_AGE_MONTHS, INTEGER,
                    "no earlier than D minus {} calendar months"),
            new Parameter("ZOMBIE_STRICT_YEARS", Definitions.ZOMBIE_STRICT_YEARS, WORDS,
                    "below 1 for {} consecutive years"),
            new Parameter("ZOMBIE_STRICT_MIN_AGE_YEARS", Definitions.ZOMBIE_STRICT_MIN_AGE_YEARS, WORDS,
                    "a firm at least {} years old")),
    ABNORMAL_RETURN("abnormal_return", Unit.PERCENT, Comparison.HEDGED, 2, 1, "the cumulative abnormal return "
            + "r − (α + β r_M) over the event window, the market model fitted on sessions ["
            + Definitions.EVENT_ESTIMATION_FIRST + ", " + Definitions.EVENT_ESTIMATION_LAST + "] with at least "
            + Definitions.EVENT_MIN_ESTIMATION_RETURNS + " returns",
            new Parameter("EVENT_ESTIMATION_FIRST", Definitions.EVENT_ESTIMATION_FIRST, SIGNED, "on sessions [{}, "),
            new Parameter("EVENT_ESTIMATION_LAST", Definitions.EVENT_ESTIMATION_LAST, SIGNED, ", {}] before"),
            new Parameter("EVENT_MIN_ESTIMATION_RETURNS", Definitions.EVENT_MIN_ESTIMATION_RETURNS, INTEGER,
                    "at least {} estimation returns")),
    SCHEDULED_RELEASE("scheduled_release", Unit.DATE, Comparison.SAME_DATE, 0, 1,
            "the first scheduled release after the session, on its expected date");

    private final String id;
    private final Unit unit;
    private final Comparison comparison;
    private final int decimals;
    private final int version;
    private final String definition;
    private final List<Parameter> parameters;

    /**
     * A kind; {@code version} is bumped when its definition changes on purpose (facts carry the version they were
     * computed under).
     */
    FactKind(String id, Unit unit, Comparison comparison, int decimals, int version, String definition,
            Parameter... parameters) {
        this.id = id;
        this.unit = unit;
        this.comparison = comparison;
        this.decimals = decimals;
        this.version = version;
        this.definition = definition;
        this.parameters = List.of(parameters);
    }

    /** The kind's name in JSON, the API and the checker's claims: {@code return}, {@code record_count}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The unit of its value. */
    public Unit unit() {
        return unit;
    }

    /** How a stated value is compared with it. */
    public Comparison comparison() {
        return comparison;
    }

    /** The definition in words. */
    public String definition() {
        return definition;
    }

    /** Its parameters, as DESIGN.md states them. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The version of its definition: 1, or higher after a deliberate change. */
    public int version() {
        return version;
    }

    /** The decimals the note and the alerts print its value with. */
    public int decimals() {
        return decimals;
    }

    /**
     * The magnitude of {@code value} as text prints it: "8.73%" for a return, "638" basis points, "2,450.12" for a
     * level, "20.4%" for a share.
     */
    public String printed(double value) {
        return printed(value, unit);
    }

    /** As {@link #printed(double)}, of a value in {@code unit} (a macro series has its own). */
    public String printed(double value, Unit unit) {
        String number = Wording.number(Math.abs(value), decimals);
        return unit == Unit.PERCENT ? number + "%" : number;
    }

    /** The kind of {@code id}, if one has it. */
    public static Optional<FactKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }
}
