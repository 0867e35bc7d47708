package org.bellwether.core.definitions;

/**
 * Every parameter of DESIGN.md's definitions of facts, each the only copy in the code: the kernels of core, the
 * facts engine, the note, the checker, the alerts and Spark all read these. The fact registry
 * ({@code org.bellwether.facts.FactKind}) names them per kind of fact, and a test holds DESIGN.md to the same values.
 */
public final class Definitions {

    private Definitions() {
    }

    /** Sessions in a year: annualises volatility and tracking error (√252), and is the 52-week window. */
    public static final int SESSIONS_PER_YEAR = 252;

    // Records and highs
    /** Sessions of the 52-week high and low window. */
    public static final int WEEKS_52_SESSIONS = SESSIONS_PER_YEAR;
    /** Years of stored history that make a record all-time when the history does not start at inception. */
    public static final int RECORD_HISTORY_YEARS = 10;

    // 252-session breakout (the universe screen)
    /** Prior sessions whose highest high a 252-session breakout must close above. */
    public static final int BREAKOUT_HIGH_SESSIONS = 252;
    /** Prior sessions of the average volume a 252-session breakout's volume is compared with. */
    public static final int BREAKOUT_VOLUME_SESSIONS = 50;
    /** A breakout's volume must be above this multiple of the usual volume (also confirms a level's break). */
    public static final double VOLUME_MULTIPLE = 1.5;

    // Large moves
    /** Prior session returns whose sample standard deviation a large move is measured in. */
    public static final int MOVE_SIGMA_SESSIONS = 63;
    /** A large move is at least this many standard deviations. */
    public static final double MOVE_K = 2;

    // Support, resistance and breakouts
    /** Bars on each side of a swing on daily bars. */
    public static final int SWING_BARS_DAILY = 3;
    /** Bars on each side of a swing on 1-minute bars. */
    public static final int SWING_BARS_INTRADAY = 5;
    /** Swings within this share of the price cluster into one level; a break must clear a level by more. */
    public static final double LEVEL_TOLERANCE = 0.005;
    /** Touches a level needs before a break through it counts. */
    public static final int BREAKOUT_MIN_TOUCHES = 2;
    /** Previous sessions whose volume up to the same time of day (intraday) or whole (daily) is the usual volume. */
    public static final int LEVEL_VOLUME_SESSIONS = 20;

    // Correlation
    /** "Tick-for-tick": a correlation of 1-minute returns at least this high. */
    public static final double TICK_FOR_TICK = 0.9;

    // Screen windows
    /** Returns in the universe screen's volatility window. */
    public static final int SCREEN_VOLATILITY_RETURNS = 20;
    /** Aligned returns in the universe screen's beta and correlation window. */
    public static final int SCREEN_BETA_RETURNS = 60;

    // Breadth
    /** Sessions of the simple moving average breadth compares each member's close with. */
    public static final int BREADTH_SMA_SESSIONS = 50;

    // Fundamentals and zombies
    /** Fundamentals older than this many calendar months before the as-of date count as missing. */
    public static final int FUNDAMENTALS_MAX_AGE_MONTHS = 15;
    /** Consecutive fiscal years of coverage below 1 that the strict (OECD) zombie form needs. */
    public static final int ZOMBIE_STRICT_YEARS = 3;
    /** Years a firm must be old for the strict zombie form. */
    public static final int ZOMBIE_STRICT_MIN_AGE_YEARS = 10;

    // Event study
    /** The first session of the market model's estimation window, relative to the event (day 0). */
    public static final int EVENT_ESTIMATION_FIRST = -250;
    /** The last session of the estimation window. */
    public static final int EVENT_ESTIMATION_LAST = -11;
    /** Returns the estimation window needs at least. */
    public static final int EVENT_MIN_ESTIMATION_RETURNS = 60;

    // Hedges
    /** "Nearly X" allows [this × X, X]. */
    public static final double NEARLY_LOWER = 0.9;
    /** "About X" allows X ± this share of X. */
    public static final double ABOUT_BAND = 0.10;
    /** A correction: a close at least this share below the record close. */
    public static final double CORRECTION_DRAWDOWN = 0.10;
    /** A bear market: a close at least this share below the record close. */
    public static final double BEAR_MARKET_DRAWDOWN = 0.20;
    /**
     * How far, in percentage points, an index's percentage change may be from that of an ETF tracking it (a stand-in):
     * a quarter's dividends accrued in the ETF's price before its ex-date, fees, its own closing trade.
     */
    public static final double STAND_IN_TOLERANCE_PP = 0.5;

    // Real data (DESIGN: "Real data: continuity, freshness, coverage, point in time")
    /** Judged from its own sessions, a series has a hole where more than this many weekdays pass without a bar. */
    public static final int HOLE_WEEKDAYS_OWN_SESSIONS = 5;
    /** A series with bars on this many days the calendar is closed follows another calendar (its own sessions judge it). */
    public static final int OTHER_CALENDAR_BARS = 3;
    /**
     * An imported bar's open or close may lie this far (a fraction of the price) outside its [low, high], as real
     * vendor rows do after their adjustments; the range is widened to hold it and the import counts such rows. Further
     * outside, the row is refused.
     */
    public static final double BAR_RANGE_TOLERANCE = 0.01;
    /** A weekly, monthly, quarterly or annual series is stale this many periods after its last value (its release). */
    public static final int STALE_PERIODS = 2;
    /**
     * Days after its date a daily macro observation is known, without the source's release time: none, a day's yield
     * or spread is the market's that day (FRED republishes it the next).
     */
    public static final int RELEASE_LAG_DAILY_DAYS = 0;
    /** Days after its date a weekly observation is known. */
    public static final int RELEASE_LAG_WEEKLY_DAYS = 7;
    /** Days after the month starts that a monthly value is known. */
    public static final int RELEASE_LAG_MONTHLY_DAYS = 45;
    /** Days after the quarter ends that a quarterly value is known. */
    public static final int RELEASE_LAG_QUARTERLY_DAYS = 30;
    /** Days after the year ends that an annual value is known. */
    public static final int RELEASE_LAG_ANNUAL_DAYS = 90;
    /** Days after its period ends that an annual (12-month) report is known, without its filing date. */
    public static final int FILING_LAG_ANNUAL_DAYS = 90;
    /** A member aggregate from fewer than this share of the members (or of index weight) is partial. */
    public static final double MIN_MEMBER_COVERAGE = 0.90;
    /** A daily series is stale as of D when its last observation is more than this many sessions before D. */
    public static final int STALE_DAILY_SESSIONS = 5;

    // How the note ranks its stories (DESIGN: "The note's stories"): scores from 0 to about 100
    /** What the subject's move today scores before its size counts. */
    public static final int STORY_SESSION_BASE = 45;
    /** What each standard deviation of the subject's move today adds (of its previous 63 session returns). */
    public static final int STORY_PER_SIGMA = 15;
    /** The standard deviations a move's score counts at most. */
    public static final int STORY_SIGMA_CAP = 4;
    /** What a move scores less for each session since it: a larger move earlier in the last five sessions. */
    public static final int STORY_RECENT_DECAY = 15;
    /** What a move scores less when it is not the subject's (another series of the universe, a yield, a spread). */
    public static final int STORY_OTHER_SERIES = 10;
    /** What a record close today scores, before the year's count of records is added. */
    public static final int STORY_RECORD_TODAY = 100;
    /** The year's records a record close today's score counts at most: a ninth already tells a run of them. */
    public static final int STORY_RECORD_COUNT_CAP = 9;
    /** What a record close today scores that is the first in a year or more, or above a round level (the Dow's 20,000). */
    public static final int STORY_MILESTONE = 120;
    /** What a record high set earlier in the year scores: old news, context for the day. */
    public static final int STORY_RECORD_EARLIER = 25;
    /** What a record of a volatility index (the VIX) scores: it tells of the stocks' fall, which leads. */
    public static final int STORY_VOLATILITY_RECORD = 50;
    /** What a yield's or spread's change this month scores, before its size in basis points is added. */
    public static final int STORY_RATES_BASE = 20;
    /** The basis points of a yield's or spread's change this month that its score counts at most. */
    public static final int STORY_RATES_RANGE = 30;
    /** What a month's relative performance scores at least, before its rank among earlier months. */
    public static final int STORY_RELATIVE_BASE = 20;
    /** What a month's relative performance larger than in every earlier month adds to its base. */
    public static final int STORY_RELATIVE_RANGE = 40;
}
