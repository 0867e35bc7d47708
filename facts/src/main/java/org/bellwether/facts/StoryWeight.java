package org.bellwether.facts;

import static org.bellwether.facts.Parameter.Format.INTEGER;

import java.util.List;
import org.bellwether.core.definitions.Definitions;

/**
 * How the note ranks its stories (DESIGN: "The note's stories"), in the registry beside the kinds of fact: what each
 * story scores, stated in DESIGN.md in the same words (a test holds the two together). The best story is the
 * headline.
 */
public enum StoryWeight {

    SESSION_MOVE("session_move", "a move of the universe's series (a price's return, a yield's or spread's change), by "
            + "its size in standard deviations of its previous 63 session changes: what the wires lead with on most days",
            new Parameter("STORY_SESSION_BASE", Definitions.STORY_SESSION_BASE, INTEGER, "today's move scores {}"),
            new Parameter("STORY_PER_SIGMA", Definitions.STORY_PER_SIGMA, INTEGER,
                    "plus {} per standard deviation of its size"),
            new Parameter("STORY_SIGMA_CAP", Definitions.STORY_SIGMA_CAP, INTEGER,
                    "counted up to {} standard deviations")),
    RECENT_MOVE("recent_move", "a larger move earlier in the last five sessions, or of another series than the subject",
            new Parameter("STORY_RECENT_DECAY", Definitions.STORY_RECENT_DECAY, INTEGER,
                    "{} less for each session since it"),
            new Parameter("STORY_OTHER_SERIES", Definitions.STORY_OTHER_SERIES, INTEGER,
                    "{} less when it is another series' than the subject's")),
    RECORD("record", "a record close of a price index of the universe; a volatility index's record tells of the "
            + "stocks' fall, which leads",
            new Parameter("STORY_RECORD_TODAY", Definitions.STORY_RECORD_TODAY, INTEGER,
                    "record close today scores {} plus the year's count of records"),
            new Parameter("STORY_RECORD_COUNT_CAP", Definitions.STORY_RECORD_COUNT_CAP, INTEGER,
                    "counted up to {}"),
            new Parameter("STORY_RECORD_EARLIER", Definitions.STORY_RECORD_EARLIER, INTEGER,
                    "a record set earlier in the year {}"),
            new Parameter("STORY_VOLATILITY_RECORD", Definitions.STORY_VOLATILITY_RECORD, INTEGER,
                    "a volatility index's record {}"),
            new Parameter("STORY_MILESTONE", Definitions.STORY_MILESTONE, INTEGER,
                    "a record close that is the first in a year or more, or the first close above a round level (a "
                            + "multiple of half its order of magnitude: the Dow's 20,000), {}")),
    RATES("rates", "a yield's or spread's change this month, by its size in basis points",
            new Parameter("STORY_RATES_BASE", Definitions.STORY_RATES_BASE, INTEGER,
                    "A yield's or spread's change this month scores {}"),
            new Parameter("STORY_RATES_RANGE", Definitions.STORY_RATES_RANGE, INTEGER,
                    "plus its size in basis points up to {}")),
    RELATIVE("relative", "the subject's performance this month against another price index, by its rank among the "
            + "same spreads of every earlier month",
            new Parameter("STORY_RELATIVE_BASE", Definitions.STORY_RELATIVE_BASE, INTEGER,
                    "month's relative performance scores {}"),
            new Parameter("STORY_RELATIVE_RANGE", Definitions.STORY_RELATIVE_RANGE, INTEGER,
                    "plus up to {} by its rank among earlier months"));

    private final String id;
    private final String definition;
    private final List<Parameter> parameters;

    StoryWeight(String id, String definition, Parameter... parameters) {
        this.id = id;
        this.definition = definition;
        this.parameters = List.of(parameters);
    }

    /** The story's id in the API. */
    public String id() {
        return id;
    }

    /** What the story is. */
    public String definition() {
        return definition;
    }

    /** Its parameters. */
    public List<Parameter> parameters() {
        return parameters;
    }
}
