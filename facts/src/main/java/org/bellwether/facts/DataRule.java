package org.bellwether.facts;

import static org.bellwether.facts.Parameter.Format.INTEGER;
import static org.bellwether.facts.Parameter.Format.PERCENT;

import java.util.List;
import org.bellwether.core.definitions.Definitions;

/**
 * The rules every fact obeys on real data (DESIGN: "Real data: continuity, freshness, coverage, point in time"),
 * in the registry beside the kinds of fact: what each rule says and its parameters, stated in DESIGN.md in the same
 * words (a test holds the two together).
 */
public enum DataRule {

    CONTINUITY("continuity", "a series' expected sessions are the calendar's between its first and last bar; a missing "
            + "one is a hole; no session move spans a hole and a window holding one is undefined; judged from the "
            + "data's own sessions before the calendar's range and for a series that follows another calendar",
            new Parameter("HOLE_WEEKDAYS_OWN_SESSIONS", Definitions.HOLE_WEEKDAYS_OWN_SESSIONS, INTEGER,
                    "more than {} weekdays without a bar is a hole"),
            new Parameter("OTHER_CALENDAR_BARS", Definitions.OTHER_CALENDAR_BARS, INTEGER,
                    "bars on {} or more days the calendar is closed")),
    FRESHNESS("freshness", "a series is stale on D when its last observation on or before D is older than its "
            + "frequency allows; no figure ends on a date its series is stale on",
            new Parameter("STALE_DAILY_SESSIONS", Definitions.STALE_DAILY_SESSIONS, INTEGER,
                    "daily, more than {} sessions before D"),
            new Parameter("STALE_PERIODS", Definitions.STALE_PERIODS, INTEGER, "weekly, more than {} weeks")),
    POINT_IN_TIME("point_in_time", "a value is known from its release: a macro observation from its date plus its "
            + "frequency's lag (FRED dates a period's value at its start), a company's report from its period end plus "
            + "the filing lag; as of D only what was known on D counts",
            new Parameter("RELEASE_LAG_DAILY_DAYS", Definitions.RELEASE_LAG_DAILY_DAYS, INTEGER,
                    "daily series {} days after the observation date"),
            new Parameter("RELEASE_LAG_WEEKLY_DAYS", Definitions.RELEASE_LAG_WEEKLY_DAYS, INTEGER, "weekly {} days after it"),
            new Parameter("RELEASE_LAG_MONTHLY_DAYS", Definitions.RELEASE_LAG_MONTHLY_DAYS, INTEGER,
                    "monthly {} days after the period starts"),
            new Parameter("RELEASE_LAG_QUARTERLY_DAYS", Definitions.RELEASE_LAG_QUARTERLY_DAYS, INTEGER,
                    "quarterly {} days after the quarter ends"),
            new Parameter("RELEASE_LAG_ANNUAL_DAYS", Definitions.RELEASE_LAG_ANNUAL_DAYS, INTEGER,
                    "annual {} days after the year ends"),
            new Parameter("FILING_LAG_ANNUAL_DAYS", Definitions.FILING_LAG_ANNUAL_DAYS, INTEGER,
                    "period end + {} days for annual")),
    COVERAGE("coverage", "a member aggregate (breadth, sector contributions, zombie shares) says how many members had "
            + "data and, when the members carry index weights, the weight they hold; from fewer than the threshold it is partial: reported as such, never stated as the index's in the "
            + "note, never used to verify a claim",
            new Parameter("MIN_MEMBER_COVERAGE", Definitions.MIN_MEMBER_COVERAGE, PERCENT, "under {} of either it is partial")),
    BAR_RANGE("bar_range", "an imported bar's open or close a little outside its [low, high] (vendors' adjusted rows) "
            + "widens the range to hold it, and the import counts such rows; further outside, the row is refused",
            new Parameter("BAR_RANGE_TOLERANCE", Definitions.BAR_RANGE_TOLERANCE, PERCENT,
                    "up to {} of the price outside"));

    /**
     * Whether an aggregate of {@code withData} of an index's {@code members}, holding {@code weightWithDataPct} of its
     * weight (NaN: unknown), is partial (DESIGN: "Coverage").
     */
    public static boolean isPartial(int withData, int members, double weightWithDataPct) {
        return withData < Definitions.MIN_MEMBER_COVERAGE * members
                || weightWithDataPct < Definitions.MIN_MEMBER_COVERAGE * 100;
    }

    private final String id;
    private final String definition;
    private final List<Parameter> parameters;

    DataRule(String id, String definition, Parameter... parameters) {
        this.id = id;
        this.definition = definition;
        this.parameters = List.of(parameters);
    }

    /** The rule's id in the API. */
    public String id() {
        return id;
    }

    /** What the rule says. */
    public String definition() {
        return definition;
    }

    /** Its parameters. */
    public List<Parameter> parameters() {
        return parameters;
    }
}
