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

    SESSION_MOVE("session_move", "the subject's move today, by its size in standard deviations of its previous 63 "
            + "session returns: what the wires lead with on most days",
            new Parameter("STORY_SESSION_BASE", Definitions.STORY_SESSION_BASE, INTEGER, "today's move scores {}"),
            new Parameter("STORY_PER_SIGMA", Definitions.STORY_PER_SIGMA, INTEGER,
                    "plus {} per standard deviation of its size"),
            new Parameter("STORY_SIGMA_CAP", Definitions.STORY_SIGMA_CAP, INTEGER,
                    "counted up to {} standard deviations")),
    RECENT_MOVE("recent_move", "a larger move earlier in the last five sessions",
            new Parameter("STORY_RECENT_PER_SIGMA", Definitions.STORY_RECENT_PER_SIGMA, INTEGER,
                    "a larger move earlier in the last five sessions scores {} per standard deviation")),
    RECORD("record", "a record close of a price index of the universe; a volatility index's record tells of the "
            + "stocks' fall, which leads",
            new Parameter("STORY_RECORD_TODAY", Definitions.STORY_RECORD_TODAY, INTEGER,
                    "record close today scores {} plus the year's count of records"),
            new Parameter("STORY_RECORD_EARLIER", Definitions.STORY_RECORD_EARLIER, INTEGER,
                    "a record set earlier in the year {}"),
            new Parameter("STORY_VOLATILITY_RECORD", Definitions.STORY_VOLATILITY_RECORD, INTEGER,
                    "a volatility index's record {}")),
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
