package org.bellwether.report.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.facts.FactDefinition;
import org.bellwether.facts.FactKind;
import org.bellwether.facts.FactRegistry;
import org.bellwether.facts.KnownInstruments;
import org.bellwether.facts.MarketData;
import org.bellwether.core.model.InvalidRequestException;

/**
 * Reads a market note and checks every quantitative claim it finds against the store (DESIGN: definitions of facts,
 * hedges). Claims are found by patterns over sentences whose instruments, periods and numbers are already marked
 * ({@link Annotated}); each pattern names a claim kind that {@link Verifier} computes under its definition. A claim
 * without its own period is read against the as-of date; a number no pattern explains is reported as unverifiable,
 * never guessed at.
 */
public final class ClaimChecker {

    /** The longest sentence read for claims, in characters (real ones stay under a few hundred). */
    static final int MAX_SENTENCE = 2_000;

    /** The default number of sessions "in a single session" may be any of. */
    public static final int DEFAULT_SESSION_WINDOW = 5;

    private static final String I = "\\{I(\\d+)\\}";
    /** A period's placeholder, with its index. */
    private static final Pattern PERIOD_TOKEN = Pattern.compile("\\{P(\\d+)\\}");
    private static final String N = "\\{N(\\d+)\\}";
    private static final String HEDGE = "(?:(" + Hedge.WORDS + ")\\s+)?";
    private static final String PCT = "\\s?(?:%|percent\\b|per cent\\b)";
    private static final String BP = "\\s?(?:basis points?|bps?)\\b";
    private static final String UP = "jump\\w*|rose|rise[sn]?|rising|gain\\w*|climb\\w*|surg\\w*|soar\\w*|add\\w*"
            + "|advanc\\w*|rall\\w*|rebound\\w*|spik\\w*|up|higher|increas\\w*|widen\\w*|steepen\\w*";
    private static final String DOWN = "gave up|gave back|giv(?:es|ing) (?:up|back)|fell|fall\\w*|drop\\w*|slipp?\\w*|lost|los[ei]\\w*|declin\\w*|tumbl\\w*|sank"
            + "|sink\\w*|slid\\w*|slump\\w*|tank\\w*|plung\\w*|eas\\w*|down|lower|decreas\\w*|tighten\\w*|narrow\\w*|compress\\w*|flatten\\w*|shed";
    private static final Pattern UP_WORD = Pattern.compile("(?i)" + UP);
    private static final Pattern FORECAST = Pattern.compile(
            "(?i)\\b(could|may|might|would|will|if|forecasts?|targets?|towards?|predicts?)\\b");
    /** An average over past episodes ("has gained 15.3% on average a year after a correction"): no fact of these data. */
    private static final Pattern HISTORICAL_AVERAGE = Pattern.compile("(?i)\\b(on (?:an? )?average|averag(?:ed|es|ing)"
            + "|(?:the |an )?average (?:gain|loss|return|decline|rise|drop|fall|move|rebound|advance|annual))\\b");

    private static final Pattern RELATIVE = rule("(?:" + I + "[^{}]*?)?\\b(outperform\\w*|underperform\\w*|beat\\w*"
            + "|lag\\w*|trail\\w*)\\s+(?:the\\s+)?" + I + "[^{}]*?\\bby\\s+" + HEDGE + N
            + "\\s?(basis points?|bps?|percentage points?|%|percent|per cent)");
    private static final Pattern FACTOR = rule("(?:" + I + "[^{}]*?)?\\b(outperform\\w*|underperform\\w*|beat\\w*"
            + "|lag\\w*|trail\\w*)\\s+(?:the\\s+)?" + I + "[^{}]*?\\bby (?:a factor|a multiple) of\\s+" + HEDGE + N);
    private static final Pattern RECORD_COUNT = rule(N + "\\s+(?:straight\\s+|consecutive\\s+)?(?:all-time\\s+)?"
            + "record(?:\\s+closing)?\\s+(?:highs?|closes?)");
    private static final Pattern NEW_RECORD = rule("\\b(?:a|an|its|their|another)\\s+(?:new\\s+|fresh\\s+)?"
            + "(?:(?:all-time\\s+)?record(?:\\s+closing)?\\s+(?:high|close)\\b|all-time\\s+(?:closing\\s+)?high\\b"
            + "|(?<intraday>intraday\\s+)?(?:closing\\s+)?record(?=\\s*(?:[,.;]|$|\\s+(?:and|for|on|in|as)\\b)))");
    private static final Pattern ZOMBIES = rule(HEDGE + N + PCT + "\\s+of\\s+(?:the\\s+)?" + I
            + "\\s*(?:constituents|members|companies|stocks|firms|components|names)");
    private static final String SCREENED = "\\bof\\s+the\\s+" + N + "\\s+symbols\\s+screened\\s+against\\s+" + I;
    private static final Pattern SCREEN_AHEAD = rule(SCREENED + "[^{}]*?" + HEDGE + N + PCT
            + "\\s+(?:are|were|is|was|of them)?\\s*ahead\\b");
    private static final Pattern SCREEN_BREAKOUTS = rule(SCREENED + ".*?" + HEDGE + N
            + "\\s+(?:closed|broke)\\s+(?:out\\s+)?above\\s+their\\s+one-year\\s+high");
    private static final Pattern LEVEL = rule("(?:" + N + "(?:-point)?\\s+(mark|level|resistance|support|ceiling"
            + "|floor|barrier|line|threshold|handle|area)|\\b(resistance|support|ceiling|floor)\\s+(?:at|of|near|around)"
            + "\\s+" + N + ")");
    private static final Pattern HELD = rule("\\b(?:held|capped|stood|lasted|survived)\\b[^{}]*?" + HEDGE + N
            + "\\s+(hours?|minutes?)");
    private static final Pattern TICK_FOR_TICK = rule("tick[- ]for[- ]tick|in lockstep");
    private static final Pattern CORRELATION = rule("correlation(?:\\s+coefficient)?\\s+(?:of|at|was|is|near|stood at)"
            + "\\s+" + HEDGE + N);
    private static final Pattern BETA = rule("beta\\s+(?:of|at|was|is|near|stood at)\\s+" + HEDGE + N);
    private static final Pattern VOLATILITY = rule("volatility\\s+(?:of|at|was|is|near|stood at)\\s+" + HEDGE + N
            + PCT);
    private static final Pattern MACRO_CHANGE = rule("\\b(" + UP + "|" + DOWN + ")\\s+(?:by\\s+)?" + HEDGE + N + BP);
    private static final Pattern MACRO_LEVEL = rule("\\b(?:at|to|near|around|of|was|is)\\s+" + HEDGE + N + PCT);
    /** A level measured against, which then stands before the session: "held at or above its lowest close". */
    private static final Pattern SIDE_OF = rule("\\b(?:above|below|beneath|under)\\s+$");
    /** A series back past a level: "the 10-year yield edging back above 4%". */
    private static final Pattern MACRO_CROSSING = rule("\\b(?<back>back\\s+)?(?<side>above|below|over|under)\\s+"
            + N + PCT);
    /** Where the close is against a level: "back above the psychologically important", "below the". */
    private static final Pattern CROSSING = rule("\\b(?<back>back\\s+)?(?<side>above|below|over|under)\\s+(?:the\\s+)?"
            + "(?:[a-z-]+\\s+){0,3}$");
    /** Past a reference, which is then the one before the session: "breaking through the intraday high of 14,198". */
    private static final Pattern BEYOND = rule("\\b(?:breaking|broke|breaks|through|past|topping|topped|surpassing"
            + "|surpassed|eclipsing|eclipsed|beyond)\\s+$");
    /** A sentence about a series by what it is: "its yield", "the spread". */
    private static final Pattern SERIES_WORD = rule("\\b(?:yields?|spreads?|rates?)\\b");
    /** A spread's level in basis points: "shot up to 344 basis points", "from 91 basis points on Friday". */
    private static final Pattern MACRO_LEVEL_BP = rule("\\b(?:at|to|near|around|of|was|is|from)\\s+" + HEDGE + N + BP);
    /** The period of a level a few words on, in its clause: "344 basis points as of the last update late Monday". */
    private static final Pattern PERIOD_NEAR = rule("(?:\\s+[a-z]+){0,6}?\\s+\\{P(\\d+)\\}");
    private static final Pattern DIRECTION = rule("\\b(" + UP + "|" + DOWN + ")\\b");
    /** A quantity of a change after its verb: "37.86 points", ", or 0.9%", "(1.4%)". */
    private static final Pattern CHANGE_QUANTITY = rule("\\s*,?\\s*\\(?\\s*(?:or\\s+|and\\s+)?(?:by\\s+)?(?:as much as\\s+)?"
            + HEDGE + N
            + "\\s*(points?\\b|pts?\\b|%|percent\\b|per cent\\b)\\s*\\)?");
    /** A change named by its noun: "a loss of 416.02 points", "a two-session loss of 935.43 points". */
    private static final Pattern CHANGE_NOUN = rule("\\b(?:(?<days>one|two|three|four|five)-(?:session|day)\\s+)?"
            + "(?<noun>gain|loss|drop|decline|rise|fall|jump|advance|slide|slump|plunge|rally|retreat|climb|surge)"
            + "(?:es|s)?(?:\\s+for\\s+the\\s+(?:session|day)|\\s+\\{P\\d+\\})?\\s+(?:of|was|were|is|are)\\b");
    /** Points left unsaid before a percent: "climbed 33.61, or 8.4 percent". */
    private static final Pattern BARE_POINTS = rule("\\s+(?:by\\s+)?" + HEDGE + N + "()(?=\\s*,\\s*or\\s+(?:"
            + Hedge.WORDS + ")?\\s*\\{N\\d+\\}" + PCT + ")");
    /** The date a level was set on, before its period: "it had set on", "set more than two years earlier, on". */
    private static final Pattern SET_ON = rule("\\b(?:set|reached|hit|recorded|touched|from)\\b(?:[^{}.;]|\\{N\\d+\\}){0,40}$");
    /** Words that put a sentence at the as-of date, whatever the sentence before was about. */
    private static final Pattern NOW = rule("\\b(?:now|today|currently|so far|still|yet|latest)\\b");
    /** A sentence that says its changes are in points: "In points, the Dow's gain since March 9 is 1,228." */
    private static final Pattern IN_POINTS = rule("\\bin\\s+(?:index\\s+)?points\\b");
    /** A change's number without a unit, which {@link #IN_POINTS} gives. */
    private static final Pattern BARE_NUMBER = rule("\\s+" + HEDGE + N + "()(?!\\s*(?:%|percent|per cent|bps?|basis)\\b"
            + "|\\s*[%\\w])");
    /** A move told after its size: "closed 4% lower", "ended the day 1.2 percent higher". */
    private static final Pattern MOVE_AFTER = rule("\\b(?:closed|ended|finished|settled|was|were|is|are)\\s+(?:\\{P\\d+\\}"
            + "\\s+)?(?:the\\s+(?:day|session)\\s+)?" + HEDGE + N + PCT + "\\s+(higher|lower|up|down)\\b");
    /** An apposition that makes a date a session: "since Oct. 28, the day they had jumped 10.9 percent". */
    private static final Pattern THE_DAY = rule(",?\\s*(?:the|a)\\s+(?:day|session)\\s+(?:(?:when|that|on which)\\s+)?"
            + "(?:[a-z{}\\d']+\\s+){0,3}?(?:had\\s+)?");
    /** A period named by what the sentence does not say: "since then", "over the same stretch". */
    private static final Pattern UNNAMED_SINCE = rule("\\b(?:(?:since|from)\\s+(?<since>then|that\\s+(?:point|day|time))"
            + "|(?:since|from)\\s+(?:that|the)\\s+(?:low|bottom|peak|trough|high)"
            + "|(?:over|in|during)\\s+the\\s+same\\s+(?<stretch>stretch|period|span|time)"
            + "|(?:in|on|during)\\s+(?<session>that|the\\s+same)\\s+(?:session|day))\\b");
    /** Where a clause of its own begins: "... and finished", "..., while", "; ". */
    private static final Pattern CLAUSE_START = rule(";\\s+|,\\s+(?:while|but|whereas)\\s+|\\s+and\\s+(?:then\\s+)?(?=(?:"
            + "closed|finished|ended|settled|" + UP + "|" + DOWN + ")\\b)");
    /** Short of a record: "a hair below its record close", "still under its record". */
    private static final Pattern BELOW = rule("\\b(?:below|under|short of|shy of|off)\\s*$");
    /** A period right after a change's numbers: ", for the year", " on Monday", " so far this month". */
    private static final Pattern PERIOD_AFTER = rule("\\s*,?\\s*(?:so far\\s+|in\\s+|on\\s+|over\\s+|for\\s+|during\\s+)?"
            + "\\{P(\\d+)\\}");
    /** The level a change ends at: ", to 4,479.53", "to close at 35,335.71", "at 2,208.30". */
    private static final Pattern CHANGE_LEVEL = rule("\\s*,?\\s*(?:\\{P\\d+\\}\\s*)?(?:to\\s+(?:close\\s+at\\s+|end\\s+at\\s+|finish\\s+at\\s+"
            + "|settle\\s+at\\s+)?|at\\s+)\\$?" + HEDGE + N + "(?!\\s*(?:%|percent|per cent|bps?|basis|times)\\b|\\s*%)");
    /** A level reached during the session, in a sentence about the session's extremes: "and reached 14,286". */
    private static final Pattern REACHED = rule("\\b(?:reached|hit|touched|rose to|climbed to|fell to|sank to|dropped to)"
            + "\\s+" + HEDGE + N + "(?!\\s*(?:%|percent|per cent|bps?|basis|points?)\\b|\\s*%)");
    /** A close stated without a change: "closed at 4,479.53", "ended the day at 2,208.30". */
    private static final Pattern CLOSED_AT = rule("\\b(?:closed|ended|finished|settled|stood|(?:was|were)\\s+back)\\s+(?:the\\s+(?:day|session|"
            + "week|month|year)\\s+)?(?:at|on)\\s+\\$?" + HEDGE + N + "(?!\\s*(?:%|percent|per cent|bps?|basis)\\b"
            + "|\\s*%)");
    private static final Pattern MOVE = rule("\\b(" + UP + "|" + DOWN + ")\\s+(?:by\\s+)?(?:as much as\\s+|another\\s+"
            + "|a further\\s+)?" + HEDGE + N
            + PCT);
    private static final Pattern MOVE_NOUN = rule(HEDGE + N + PCT + "\\s+(jump|gain|rise|rally|advance|surge|climb"
            + "|drop|fall|decline|slide|loss|slump|plunge)");
    private static final Pattern VOLUME_RATIO = rule(HEDGE + N + "\\s+times\\s+(?:the\\s+|its\\s+)?(?:usual|average"
            + "|normal|typical)\\s+volume");
    private static final Pattern SECTOR = rule("\\b(information technology|financials|health care|consumer "
            + "discretionary|communication services|industrials|consumer staples|energy|utilities|real estate"
            + "|materials)\\b[^{}]*?\\bcontribut\\w*\\s+" + HEDGE + N + BP);
    private static final Pattern BREADTH = rule(HEDGE + N + PCT + "\\s+of\\s+(?:the\\s+)?" + I
            + "\\s*(?:members|constituents|stocks|components)[^{}]*?\\babove\\b[^{}]*?\\baverage");
    private static final Pattern TOP_WEIGHT = rule("\\btop\\s+" + N + "[^{}]*?\\b(?:weight|share)\\b.*?"
            + "\\bfrom\\s+" + HEDGE + N + PCT + "\\s+to\\s+" + HEDGE + N + PCT);
    private static final Pattern NEXT_EVENT = rule("\\b(next|upcoming|coming|due|scheduled)\\b");
    private static final Pattern YEAR_LIKE = Pattern.compile("(?:19|20)\\d{2}");
    /** A count that describes, not claims: "the 30 companies of the Dow", "the 11 sectors", "10 industry groups". */
    private static final Pattern DESCRIPTIVE_COUNT = rule("^(?:\\s+(?:[a-z&.'-]+|\\{I\\d+\\})){0,3}?\\s+(?:companies|stocks|sectors"
            + "|groups|industries|members|components|constituents|names|firms|countries|markets|indexes|indices)\\b");
    /** A definition's threshold after its number: "% pullback traditionally used to define a bear market". */
    private static final Pattern DEFINITION = rule("^(?:%|\\s?percent\\b)?(?:\\s+(?:or\\s+more|[a-z-]+)){0,5}?\\s+(?:(?:"
            + "traditionally|commonly|widely|typically|often|usually)\\s+)?(?:used\\s+to\\s+define|that\\s+defines"
            + "|which\\s+defines|defines|defining|threshold\\s+(?:for|of)|(?:is|marks)\\s+(?:the|a)\\s+(?:(?:usual|common"
            + "|standard|traditional|textbook|widely\\s+used|accepted)\\s+)?(?:definition|threshold|benchmark\\s+for))\\b");
    /** A definition before its threshold: "a correction, defined as a 10% drop from a recent high". */
    private static final Pattern DEFINED_AS = rule("\\b(?:defined|considered)\\s+(?:as\\s+)?(?:a|an)?\\s*(?:drop|decline|fall"
            + "|gain|rise|rally|move)?\\s*(?:of\\s+)?(?:at\\s+least\\s+|more\\s+than\\s+)?$");
    /** A claim about the session's high or low, which daily bars hold ("down as much as 4.3%"). */
    private static final Pattern SESSION_EXTREME = rule("\\b(?:as much as|at (?:its|their|the) (?:session |intraday "
            + "|day's |daily )?(?:lows?|highs?|worst|best|peak|trough)|at one point|at the depth|at its deepest"
            + "|(?:intraday|session) (?:lows?|highs?)|touched (?:a|an|its|their) (?:session |intraday )?(?:low|high))\\b");
    /** A claim about a price during the session, which daily bars cannot say ("at 10 a.m.", "in early trading"). */
    private static final Pattern SESSION_QUOTE = rule("\\b(?:at|by|around|as of) #{1,2}(?::##)? ?(?:a\\.m\\.|p\\.m\\.|am\\b"
            + "|pm\\b|ET\\b)|\\bin (?:early|late|afternoon|morning|midday|mid-morning|early-afternoon|late-morning"
            + "|[a-z]+'s|\\{P\\d+\\}) trading\\b|\\bearly on\\b|\\bmidday\\b|\\bmid-?session\\b|\\blast (?:up|down|traded)\\b"
            + "|\\bin the (?:first|final|last) (?:hour|minutes)\\b");
    /** A sentence about the close: a quote during the session in it is how the day went ("settled at"). */
    private static final Pattern CLOSING = rule("\\b(?:closed|settled|ended|finished|close|closing)\\b");
    /** The kinds a session's extreme or a quote during the session changes. */
    private static final Set<FactKind> ONE_SESSION = java.util.EnumSet.of(FactKind.SESSION_RETURN,
            FactKind.POINTS_CHANGE, FactKind.CLOSE);
    /** A mention that qualifies a noun, not the subject: "the 11 major S&P 500 sectors", "Dow futures". */
    private static final Pattern MODIFIES = rule("\\s+(?:sectors?|stocks?|shares|components|members|companies|futures"
            + "|options|groups|industries|constituents|names)\\b");
    /** A mention that names where the subject is, not the subject: "the 10 industry groups in the S&P 500". */
    private static final Pattern PART_OF = rule("\\b(?:groups|sectors|stocks|shares|members|companies|components"
            + "|constituents|industries|names)\\s+(?:in|of|on|within|across)\\s+(?:the\\s+)?$");
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december";
    /** A close a sentence measures against, after "its", "their" or "the" (see {@link Reference}). */
    private static final String REFERENCE = "(?:its|their|the)\\s+(?:own\\s+)?(?:"
            + "(?<previous>previous\\s+(?:record\\s+|all-time\\s+)?(?:closing\\s+)?(?:high|record|peak|close))"
            + "|(?<record>(?:record|all-time)(?:\\s+closing)?\\s+(?:close|high|peak)|closing\\s+record|record)"
            + "|(?<weeks>##-week\\s+(?<wside>high|low))"
            + "|\\{N(?<year>\\d+)\\}\\s+(?:closing\\s+|bear-market\\s+|bull-market\\s+)?(?<yside>high|low|peak|bottom|trough)"
            + "|\\{P(?<date>\\d+)\\}\\s+(?:record\\s+|closing\\s+)?(?<dside>high|low|peak|close|bottom|trough)"
            + "|(?<intraday>(?:(?<before>old|prior|previous)\\s+)?(?:record\\s+)?intraday\\s+(?:high|peak|record))"
            + "|(?<month>" + MONTHS + ")\\s+(?<mside>high|low|peak|bottom|trough)"
            + "|(?<extreme>highest|lowest)\\s+(?:close|closing level|level)\\s+(?:(?:of|for)\\s+)?\\{P(?<ep>\\d+)\\}"
            + "|(?<named>(?:[a-z-]+\\s+){0,3}?close)|(?<plain>high|low|peak|bottom|trough)s?)"
            + "(?:(?:\\s+of|,)\\s+(?:(?<lhedge>" + Hedge.WORDS + ")\\s+)?\\{N(?<level>\\d+)\\})?"
            + "(?:,?\\s+(?:(?:it|they)\\s+(?:had\\s+)?)?(?:set|reached|hit|recorded|from|of|in)?\\s*(?:on\\s+)?"
            + "\\{P(?<on>\\d+)\\})?";
    /** A distance from a reference close: "10.15% under its record close", "down 12.6% from its November 25 high". */
    private static final Pattern DISTANCE = rule("(?:(?<hedge>" + Hedge.WORDS + ")\\s+)?\\{N(?<pct>\\d+)\\}" + PCT
            + "\\s+(?<rel>above|below|under|over|beneath|higher than|lower than|short of|off|from)\\s+" + REFERENCE);
    /** A reference close stated as a level: "its 52-week low of 29888.78", "a record close of 1,565". */
    private static final Pattern REFERENCE_LEVEL = rule("\\b" + REFERENCE.replace("(?:its|their|the)", "(?:its|their|the|a"
            + "|an)"));
    /** A drawdown named by its threshold: "entered a bear market", "in correction territory". */
    private static final Pattern TERRITORY = rule("\\b(?:entered|enters|entering|into|in|is in|remains in|confirmed|"
            + "tipped into|slid into|fell into)\\s+(?:a\\s+)?(?:new\\s+)?(?<what>bear[- ]market|correction)(?:\\s+territory)?"
            + "(?!\\s+(?:rally|bounce|low|high|fears?|worries|concerns?)\\b)");
    /** A distance from the close 52 weeks before: "6.43% lower than 52 weeks ago". */
    private static final Pattern YEAR_AGO = rule("(?:(?<hedge>" + Hedge.WORDS + ")\\s+)?\\{N(?<pct>\\d+)\\}" + PCT
            + "\\s+(?<rel>above|below|higher than|lower than|up from|down from|from)\\s+(?:its\\s+level\\s+|where it was\\s+)?"
            + "(?:\\{N(?<weeks>\\d+)\\}\\s+weeks\\s+(?:ago|earlier)|a\\s+year\\s+(?:ago|earlier))");
    /** The date a "since" claim is about: "since {P}" (a month, a year, a date) or the period read as "since DATE". */
    private static final String SINCE = "(?:since\\s+\\{P(?<p>\\d+)\\}|\\{P(?<ps>\\d+)\\})";
    /** "Its biggest one-day drop in points and in percent since Thursday, June 16, 2022", "its best day since 2020". */
    /** A span back from the date: "in nearly nine months", "in five years", "in a year". */
    private static final String SPAN = "in\\s+(?:(?<spanhedge>nearly|almost|more than|over|about|roughly|some)\\s+)?"
            + "(?:\\{N(?<span>\\d+)\\}|(?<one>a|an))\\s+(?<spanunit>years?|months?|weeks?|days?|sessions?|trading days)\\b";
    private static final String WINDOW_UNITS = "(?<unit>trading sessions|trading days|sessions|days|weeks|months|quarters"
            + "|years)";
    /** "Fell in three of the last four sessions", "gains in seven of the past 10 weeks", "in each of the past three years". */
    private static final Pattern COUNT_OF = Pattern.compile("(?i)(?:\\b(?<verb>" + UP + "|" + DOWN + ")|\\b(?<noun>gains?"
            + "|losses|declines|advances|rises|drops))\\s+(?:[a-z]+\\s+){0,2}?in\\s+(?:(?<each>each)|(?<k>\\w+))\\s+of\\s+"
            + "(?:the|its|their)\\s+(?:last|past|previous|prior)\\s+(?<m>\\w+)\\s+" + WINDOW_UNITS + "\\b");
    /** "For three years running", "five weeks in a row", "its fifth straight weekly gain". */
    private static final Pattern RUNNING = Pattern.compile("(?i)\\b(?<n>\\w+)\\s+" + WINDOW_UNITS + "\\s+(?:running|in a row"
            + "|straight)\\b|\\b(?:a|an|its|their|the)\\s+(?<ord>\\w+)\\s+(?:straight|consecutive)\\s+(?<per>weekly|monthly"
            + "|quarterly|annual|yearly)\\s+(?<noun>gains?|loss(?:es)?|advances?|declines?|rises?|drops?|falls?)\\b");
    /** The first session of each unit counted: "ended the first trading day of the year lower in each of". */
    private static final Pattern FIRST_SESSION = Pattern.compile("(?i)\\bfirst\\s+(?:trading\\s+)?(?:day|session)\\s+of"
            + "\\s+(?:the|each|every)\\s+(?:year|month|quarter|week)\\b");
    /** A subject of several instruments before the sentence's first number: "the Dow and the S&P 500 are". */
    private static final Pattern COORDINATED = rule("^[^{}]*?(?<others>\\{I\\d+\\}(?:\\s*,\\s*(?:the\\s+)?\\{I\\d+\\})*)\\s*,?"
            + "\\s+and\\s+(?:the\\s+)?\\{I(?<last>\\d+)\\}(?:'s?)?\\s+(?:both\\s+|each\\s+|all\\s+|also\\s+)?(?=[a-z])");
    private static final Pattern RESPECTIVELY = rule("\\brespectively\\b");
    /** The kinds an ETF may check for the index it tracks: percentage changes, not levels or points. */
    private static final Set<FactKind> STAND_IN_KINDS = java.util.EnumSet.of(FactKind.SESSION_RETURN,
            FactKind.PERIOD_RETURN);
    /** The kinds a claim of several instruments makes of each. */
    private static final Set<FactKind> EACH_SUBJECT = java.util.EnumSet.of(FactKind.SESSION_RETURN,
            FactKind.PERIOD_RETURN, FactKind.DISTANCE, FactKind.RECORD_HIGH, FactKind.LARGEST_MOVE_SINCE,
            FactKind.HIGHEST_CLOSE_SINCE, FactKind.LOWEST_CLOSE_SINCE, FactKind.DIRECTION_COUNT, FactKind.MOVE_RANK);
    /** Gains told by their size: "double-digit returns". */
    private static final Pattern DOUBLE_DIGIT = Pattern.compile("(?i)\\bdouble-digit\\s+(?:percentage\\s+)?(?:returns?"
            + "|gains?|rises?|advances?|losses|declines?|drops?)\\b");
    private static final Pattern RETURNS = Pattern.compile("(?i)\\b(?:positive|double-digit)\\s+returns?\\b");
    /** A move over calendar units: "weekly", "monthly" before the noun, or the noun itself ("its worst week"). */
    private static final String PER_UNIT = "(?<per>weekly|monthly|quarterly|annual|yearly)";
    private static final Pattern LARGEST_SINCE = rule("\\b(?<adj>biggest|largest|worst|steepest|sharpest|best|strongest"
            + "|deepest|heaviest)\\s+(?:(?<days>one-day|single-day|daily|two-day|three-day|four-day|five-day)\\s+|"
            + PER_UNIT + "\\s+)?(?:(?<unit>point|percentage|percent)\\s+)?(?<noun>gain|drop|fall|decline|loss|rise"
            + "|advance|jump|rally|day|move|increase|slide|selloff|sell-off|plunge|retreat|session|slump|"
            + MoveSteps.UNITS + ")s?\\s+(?:in (?<u2>points|percent)(?: and in (?<u3>points|percent))?\\s+)?(?:" + SINCE
            + "|" + SPAN + ")");
    /**
     * A move's rank: "the 25th-largest one-day decline of the past five years", "the sixth-biggest point drop in the
     * Dow's history", "its biggest gain ever", "its largest move ever in points".
     */
    private static final Pattern RANK = rule("(?:\\{N(?<rank>\\d+)\\}-|\\b(?<rankword>second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth)-|\\b)(?<adj>largest|biggest|worst|steepest|sharpest|best|strongest)\\s+"
            + "(?:(?:one-day|single-day|daily)\\s+)?(?:(?<unit>point|percentage|percent)\\s+)?(?:(?<noun>gain|drop|fall"
            + "|decline|loss|rise|advance|jump|increase|move|day|selloff|slide|plunge|" + MoveSteps.UNITS
            + ")s?\\s+)?(?:in (?<u2>points|percentage"
            + " terms|percent)\\s+)?(?:(?<ever>ever|on record|in (?:the\\s+)?(?:its\\s+|their\\s+|\\{I\\d+\\}(?:'s)?\\s+|[a-z]+'s\\s+)?"
            + "history)"
            + "|of (?:the past (?<decade>decade)|the (?:past|last) \\{N(?<count>\\d+)\\}|\\{P(?<window>\\d+)\\}))"
            + "(?:\\s+in (?<u3>points|percentage terms|percent))?");
    private static final List<String> RANK_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    /** "Its highest close since Feb. 9", "its lowest level since September 2010". */
    private static final Pattern EXTREME_SINCE = rule("\\b(?<side>highest|lowest)\\s+(?:close|closing level|level|finish"
            + "|reading|point)\\s+(?:" + SINCE + "|" + SPAN + ")|\\b(?:a|an|its|their)\\s+(?:fresh\\s+|new\\s+)?(?<count>"
            + "[a-z]+)-(?<cunit>day|week|month|year)\\s+(?<side2>high|low)\\b");
    /** "Below 1200 for the first time since Oct. 2003"; "its first close above 20,000". */
    private static final Pattern FIRST_CROSS = rule("(?:\\b(?<rel>above|below|under|over)\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,3}?"
            + "\\{N(?<lvl>\\d+)\\}(?:\\s+(?:mark|level))?\\s+for\\s+the\\s+\\{N(?<o1>\\d+)\\}\\s+time\\s+" + SINCE
            + "|\\{N(?<o2>\\d+)\\}\\s+(?:close|finish)\\s+(?<rel2>above|below)\\s+\\{N(?<lvl2>\\d+)\\}(?!\\s+since))");
    private static final Pattern UP_NOUN = rule("gain|rise|advance|jump|rally|increase|climb|surge|best|strongest");
    private static final Pattern DOWN_NOUN = rule("drop|fall|decline|loss|slide|selloff|sell-off|plunge|retreat|slump"
            + "|worst|deepest|heaviest");
    private static final List<String> DAY_WORDS = List.of("one", "two", "three", "four", "five");
    /** Where a claim without a number starts: "closed at a record high". */
    private static final Pattern FIRST_CLAIM_WORD = rule("\\b(?:record|high|low|since|straight|streak)\\b");
    /** A line that is only a period and a colon: it heads the sentences below it. */
    private static final Pattern SECTION_PERIOD = Pattern.compile("\\s*(?:#+\\s*)?\\{P0\\}\\s*:\\s*");

    /** The universe screen's claims: how many symbols it screened, the share ahead of its benchmark, the breakouts. */
    private void screen(Annotated a, String t, Period period, Set<Integer> used, List<Verifier.Draft> drafts) {
        for (Pattern pattern : List.of(SCREEN_AHEAD, SCREEN_BREAKOUTS)) {
            Matcher m = pattern.matcher(t);
            if (!m.find()) {
                continue;
            }
            List<String> vs = Arrays.asList(a.instruments().get(Integer.parseInt(m.group(2))));
            if (!used.contains(Integer.parseInt(m.group(1)))) {
                drafts.add(new Verifier.Draft(FactKind.SCREENED, a.original(), vs, hedge(a, null, m.group(1), used), 1,
                        "count", period, null));
            }
            boolean ahead = pattern == SCREEN_AHEAD;
            drafts.add(new Verifier.Draft(ahead ? FactKind.SCREEN_AHEAD_SHARE : FactKind.SCREEN_BREAKOUTS, a.original(), vs, hedge(a,
                    m.group(3), m.group(4), used), 1, ahead ? "percent" : "count", period, null));
        }
    }

    /**
     * The claim patterns of the registered kinds: each {@code {N}} of a definition's pattern made this checker's mark
     * of a number, captured as {@code n1}, {@code n2}, ... in order, and each {@code {I}} its mark of an instrument.
     */
    private static final Map<FactKind, Pattern> REGISTERED = FactRegistry.definitions().stream().collect(
            Collectors.toMap(FactDefinition::kind, definition -> {
                String[] parts = definition.claim().replace("{I}", I).split("\\{N\\}", -1);
                StringBuilder regex = new StringBuilder(parts[0]);
                for (int i = 1; i < parts.length; i++) {
                    regex.append("\\{N(?<n").append(i).append(">\\d+)\\}").append(parts[i]);
                }
                return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
            }));

    private static Pattern rule(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    private final MarketData data;
    /** The store's instruments as the check's date reads them (set by each check: checks run one at a time). */
    private InstrumentIndex index;
    private final int sessionWindow;

    /** A checker reading against the store of {@code data}; "a single session" is any of {@code sessionWindow}. */
    public ClaimChecker(MarketData data, int sessionWindow) {
        if (sessionWindow < 1) {
            throw new InvalidRequestException("the session window must be at least 1, but was " + sessionWindow);
        }
        this.data = data;
        this.sessionWindow = sessionWindow;
    }

    /** Checks the note {@code content} (written in the format {@code fileName} suggests) as of {@code asOf}. */
    public synchronized CheckReport check(String content, String fileName, LocalDate asOf) {
        NoteDocument document = NoteDocument.read(content, NoteDocument.detect(fileName, content));
        data.prepareManyReads(); // every claim reads a series: through the columnar snapshot, not a query each
        PeriodReader periods = new PeriodReader(asOf, sessionWindow);
        index = InstrumentIndex.of(data, asOf); // of an instrument's symbols (^GSPC, ^SPX), the one with data then
        Verifier verifier = new Verifier(data, index, asOf, sessionWindow);
        List<Object> blocks = new ArrayList<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (NoteDocument.Block block : document.blocks()) {
            if (block instanceof NoteDocument.Paragraph paragraph) {
                blocks.add(paragraph); // where a paragraph starts: a session the one before talked about ends
                for (String sentence : paragraph.sentences()) {
                    if (sentence.length() > MAX_SENTENCE) { // no claim is that long; reading it could take minutes
                        blocks.add(new Claim(sentence.substring(0, 200) + "...", "too_long", null, null, null,
                                Claim.UNVERIFIABLE, "a sentence of " + sentence.length() + " characters, over the "
                                        + MAX_SENTENCE + " a claim is read in: split it into sentences"));
                        continue;
                    }
                    Annotated annotated = Annotated.of(sentence, index, periods);
                    annotated.instruments().stream().filter(s -> s != null && !index.isMacro(s))
                            .forEach(s -> mentions.merge(s, 1, Integer::sum));
                    blocks.add(annotated);
                }
            } else {
                blocks.add(block);
            }
        }
        Context context = new Context(mentions.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()).map(Map.Entry::getKey).orElse(null), asOf);
        List<Claim> claims = new ArrayList<>();
        for (Object block : blocks) {
            if (block instanceof Claim tooLong) {
                claims.add(tooLong);
            } else if (block instanceof NoteDocument.Paragraph) {
                context.previousSession = null;
            } else if (block instanceof NoteDocument.Table table) {
                claims.addAll(verifier.table(table, context));
            } else if (block instanceof Annotated annotated && SECTION_PERIOD.matcher(annotated.text()).matches()) {
                context.sectionPeriod = annotated.periods().get(0); // "For the year:" heads the lines below it
            } else {
                claims.addAll(sentence((Annotated) block, verifier, context));
            }
        }
        return CheckReport.of(claims);
    }

    /** What earlier sentences settle for later ones: the subject, the level talked about, the table's period. */
    static final class Context {
        final String mainSubject;
        String lastSubject;
        /** The macro series named last ("Its yield climbed to 4.59%" is about it). */
        String lastSeries;
        /** The instrument or series named last, of any kind. */
        String lastNamed;
        /** The drafts whose subject is an ETF standing in for the index the sentence names. */
        final Map<Verifier.Draft, KnownInstruments.Known> standIns = new java.util.IdentityHashMap<>();
        String levelSymbol;
        Double level;
        Period tablePeriod;
        /** The period a line of its own heads the sentences below with ("On Monday:", "For the year:"). */
        Period sectionPeriod;
        /** The session or date named last ("On March 9 the Dow closed ..."): what "since then" starts at. */
        LocalDate lastDate;
        /** The span measured last ("since March 9"): what "over the same stretch" is. */
        Period lastStretch;
        /** The session the sentence before named ("Silver plunged on Friday."), which a next one without a period
         *  goes on about ("The trust dropped 28%."); null when it named none. */
        Period previousSession;
        final Map<String, double[]> tableRows = new LinkedHashMap<>();

        /** The date the note is checked as of. */
        final LocalDate asOf;

        Context(String mainSubject, LocalDate asOf) {
            this.mainSubject = mainSubject;
            this.asOf = asOf;
            this.lastSubject = mainSubject;
        }
    }

    private List<Claim> sentence(Annotated a, Verifier verifier, Context context) {
        List<Claim> claims = new ArrayList<>();
        Set<Integer> used = new LinkedHashSet<>();
        // a forecast word before the sentence's first number makes it a forecast; one after is another clause's
        Matcher firstNumber = Pattern.compile("\\{N\\d+\\}").matcher(a.text());
        Matcher firstClaim = FIRST_CLAIM_WORD.matcher(a.text());
        Matcher forecast = FORECAST.matcher(a.text()).region(0, firstNumber.find() ? firstNumber.start()
                : firstClaim.find() ? firstClaim.start() : a.text().length());
        Matcher average = HISTORICAL_AVERAGE.matcher(a.text());
        String forecastWord = forecast.find() ? forecast.group(1) : null;
        String notAboutData = forecastWord != null ? "a forecast or condition ('" + forecastWord + "'), not a statement "
                + "about the data" : average.find() ? "an average over past episodes ('" + average.group(1) + "'), "
                        + "which the sentence does not name: no fact of these data" : null;
        List<Verifier.Draft> drafts = drafts(a, context, used);
        for (Verifier.Draft draft : drafts) {
            Claim claim = notAboutData != null
                    ? new Claim(a.original(), draft.claimKind(), draft.stated(), null, draft.unit(), Claim.UNVERIFIABLE,
                            notAboutData)
                    : verifier.verify(draft, context);
            KnownInstruments.Known index = context.standIns.remove(draft);
            claims.add((index == null ? claim : standIn(claim, draft, index)).in(Clause.of(a.original(), a.numbers(),
                    draft.hedge())));
        }
        for (int i = 0; i < a.numbers().size(); i++) {
            Num number = a.numbers().get(i);
            if (!used.contains(i) && !number.words() && !(number.decimals() == 0
                    && YEAR_LIKE.matcher(number.text()).matches()) && !isDescriptiveCount(a, i)) {
                claims.add(new Claim(Clause.of(a.original(), number.text()), "unmapped", number.value(), null, null, Claim.UNVERIFIABLE,
                        "'" + number.text() + "' matches no kind of fact Bellwether can compute (returns, relative "
                                + "performance, records, moves, levels, breakouts, correlation, beta, volatility, "
                                + "rates and spreads, zombie shares, scheduled releases)"));
            }
        }
        a.instruments().stream().filter(s -> s != null && !index.isMacro(s)).findFirst()
                .ifPresent(s -> context.lastSubject = s);
        if (!ownPeriods(a).isEmpty() || NOW.matcher(a.text()).find()) { // else it goes on about the same session
            context.previousSession = ownPeriods(a).stream().filter(p -> p.type() == Period.Type.SESSION)
                    .reduce((first, last) -> last).orElse(null);
        }
        for (Period period : a.periods()) {
            if (period != null && period.since()) {
                context.lastStretch = period;
            } else if (period != null && period.type() != Period.Type.RANGE
                    && period.type() != Period.Type.ANY_RECENT_SESSION) {
                context.lastDate = period.end();
            }
        }
        a.instruments().stream().filter(s -> s != null && index.isMacro(s)).reduce((first, last) -> last)
                .ifPresent(s -> context.lastSeries = s);
        a.instruments().stream().filter(Objects::nonNull).reduce((first, last) -> last)
                .ifPresent(s -> context.lastNamed = s);
        return claims;
    }

    private List<Verifier.Draft> drafts(Annotated a, Context context, Set<Integer> used) {
        List<Verifier.Draft> drafts = new ArrayList<>();
        String t = a.text();
        Matcher numbers = Pattern.compile(N).matcher(t);
        while (numbers.find()) { // a definition's threshold is no claim ("the 20% decline used to define")
            if (DEFINITION.matcher(t.substring(numbers.end())).find()
                    || DEFINED_AS.matcher(t.substring(0, numbers.start())).find()) {
                used.add(Integer.parseInt(numbers.group(1)));
            }
        }
        Set<Integer> sinceDates = sinceDates(t); // "since X" of a largest move or a close is no period of the sentence
        Period period = java.util.stream.IntStream.range(0, a.periods().size()).filter(i -> !sinceDates.contains(i))
                .mapToObj(a.periods()::get).filter(p -> p != null && p.type() != Period.Type.DATE).findFirst()
                .orElse(context.sectionPeriod);
        boolean periodUnusable = a.periods().stream().anyMatch(p -> p == null);
        Matcher m;
        if ((m = FACTOR.matcher(t)).find()) {
            drafts.add(new Verifier.Draft(FactKind.RETURN_FACTOR, a.original(), Arrays.asList(subject(a, m.group(1), t.substring(0, m.start(2)), context),
                    a.instruments().get(Integer.parseInt(m.group(3)))), hedge(a, m.group(4), m.group(5), used),
                    sign(m.group(2)), "ratio", period, null));
        }
        if ((m = RELATIVE.matcher(t)).find()) {
            String unit = m.group(6).toLowerCase().startsWith("b") ? "bp" : "percentage points";
            drafts.add(new Verifier.Draft(FactKind.RELATIVE_PERFORMANCE, a.original(), Arrays.asList(subject(a, m.group(1), t.substring(0, m.start(2)), context),
                    a.instruments().get(Integer.parseInt(m.group(3)))), hedge(a, m.group(4), m.group(5), used),
                    sign(m.group(2)), unit, period, null));
        }
        m = RECORD_COUNT.matcher(t);
        while (m.find()) {
            Num n = a.numbers().get(Integer.parseInt(m.group(1)));
            used.add(Integer.parseInt(m.group(1)));
            drafts.add(new Verifier.Draft(FactKind.RECORD_HIGH_COUNT, a.original(),
                    Arrays.asList(nearestSubject(a, t, m.start(), context)), Hedge.exact(n.value(), 0), 1, "count", period,
                    null));
        }
        if ((m = NEW_RECORD.matcher(t)).find() && drafts.stream().noneMatch(d -> d.kind() == FactKind.RECORD_HIGH_COUNT)
                && !t.substring(m.end()).matches("(?s)\\s+of\\s+\\{N.*") && !DISTANCE.matcher(t).find()) {
            // "its record close of 36799.65", "10% below its record close" name the record, claim none
            boolean below = BELOW.matcher(t.substring(0, m.start())).find(); // "a hair below its record close"
            Matcher clauses = CLAUSE_START.matcher(t.substring(0, m.start()));
            int clause = 0;
            while (clauses.find()) {
                clause = clauses.end();
            }
            // "made back what it lost last week and finished a hair below its record close": the record's clause
            Period recordPeriod = clause == 0 ? period : framePeriod(a, t.substring(0, clause).replaceAll(
                    "\\{P", "{p") + t.substring(clause), m.start(), m.end(), context);
            drafts.add(new Verifier.Draft(FactKind.RECORD_HIGH, a.original(), Arrays.asList(nearestSubject(a, t,
                    m.start(), context)), null, below ? -1 : 1, null, recordPeriod, null, false, m.group("intraday") != null
                            ? Verifier.Draft.SESSION_HIGH : null));
        }
        if ((m = ZOMBIES.matcher(t)).find() && t.toLowerCase().matches(".*(interest|zombie|coverage|debt).*")) {
            drafts.add(new Verifier.Draft(FactKind.ZOMBIE_SHARE, a.original(), Arrays.asList(a.instruments().get(
                    Integer.parseInt(m.group(3)))), hedge(a, m.group(1), m.group(2), used), 1, "percent", period,
                    null));
        }
        screen(a, t, period, used, drafts);
        m = LEVEL.matcher(t);
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(4);
            used.add(Integer.parseInt(number));
            double level = a.numbers().get(Integer.parseInt(number)).value();
            String kind = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase();
            if (!kind.matches("support|floor|resistance|ceiling|barrier")) { // "the 1,900 mark held as support"
                Matcher role = Pattern.compile("(?i)\\b(support|floor|resistance|ceiling|barrier)\\b").matcher(t);
                kind = role.find() ? role.group(1).toLowerCase() : kind;
            }
            Matcher crossing = CROSSING.matcher(t.substring(0, m.start()));
            if (!kind.matches("support|floor|resistance|ceiling|barrier") && crossing.find()) {
                // "moving back above the psychologically important 800 level": where the close is, not a level's
                drafts.add(new Verifier.Draft(FactKind.CLOSE_BEYOND, a.original(), Arrays.asList(nearestSubject(a, t,
                        m.start(), context)), Hedge.exact(level, 0), crossing.group("side").matches("(?i)above|over")
                                ? 1 : -1, "level", period, level, false, crossing.group("back") != null ? "back"
                                        : null));
                continue;
            }
            List<String> subjects = new ArrayList<>();
            a.instruments().stream().filter(s -> s != null && !index.isMacro(s)).forEach(subjects::add);
            boolean named = !subjects.isEmpty();
            subjects.add(context.lastSubject);
            subjects.add(context.mainSubject);
            subjects.addAll(context.tableRows.keySet());
            drafts.add(new Verifier.Draft(FactKind.SUPPORT_RESISTANCE, a.original(), subjects, Hedge.exact(level,
                    a.numbers().get(Integer.parseInt(number)).decimals()), kind.matches("support|floor") ? -1
                    : kind.matches("resistance|ceiling|barrier") ? 1 : 0, "level", period, level, named));
        }
        Verifier.Draft levelHere = drafts.stream().filter(d -> d.kind() == FactKind.SUPPORT_RESISTANCE).findFirst().orElse(null);
        if ((m = HELD.matcher(t)).find() && (levelHere != null || context.level != null)) {
            String unit = m.group(3).toLowerCase().startsWith("hour") ? "hours" : "minutes";
            drafts.add(new Verifier.Draft(FactKind.BREAKOUT_HELD, a.original(), levelHere != null ? levelHere.subjects()
                    : List.of(context.levelSymbol), hedge(a, m.group(1), m.group(2), used), 1, unit, period,
                    levelHere != null ? levelHere.level() : context.level, levelHere != null && levelHere.named()));
        }
        if ((m = TICK_FOR_TICK.matcher(t)).find() && a.instruments().size() >= 2) {
            drafts.add(new Verifier.Draft(FactKind.INTRADAY_CORRELATION, a.original(), a.instruments().subList(0, 2), null, 1,
                    "ratio", period, null));
        }
        if ((m = VOLUME_RATIO.matcher(t)).find() && (levelHere != null || context.level != null)) {
            drafts.add(new Verifier.Draft(FactKind.VOLUME_RATIO, a.original(), levelHere != null ? levelHere.subjects()
                    : List.of(context.levelSymbol), hedge(a, m.group(1), m.group(2), used), 1, "ratio", period,
                    levelHere != null ? levelHere.level() : context.level, levelHere != null && levelHere.named()));
        }
        if ((m = SECTOR.matcher(t)).find()) {
            String index = a.instruments().stream().filter(s -> s != null && !this.index.isMacro(s)).findFirst()
                    .orElse(context.lastSubject);
            drafts.add(new Verifier.Draft(FactKind.SECTOR_CONTRIBUTION, a.original(), Arrays.asList(index), hedge(a,
                    m.group(2), m.group(3), used), direction(t.substring(m.start(), m.end()).matches(
                    "(?is).*\\b(?:subtract|cost|took|negative).*") ? "down" : "up"), "bp", period, null, true,
                    m.group(1)));
        }
        if ((m = BREADTH.matcher(t)).find()) {
            drafts.add(new Verifier.Draft(FactKind.SHARE_ABOVE_50D, a.original(), Arrays.asList(a.instruments().get(
                    Integer.parseInt(m.group(3)))), hedge(a, m.group(1), m.group(2), used), 1, "percent", period,
                    null));
        }
        if ((m = TOP_WEIGHT.matcher(t)).find()) {
            int top = (int) a.numbers().get(Integer.parseInt(m.group(1))).value();
            used.add(Integer.parseInt(m.group(1)));
            String index = a.instruments().stream().filter(s -> s != null && !this.index.isMacro(s)).findFirst()
                    .orElse(context.lastSubject);
            drafts.add(new Verifier.Draft(FactKind.TOP_N_WEIGHT, a.original(), Arrays.asList(index), hedge(a, m.group(2),
                    m.group(3), used), 1, "percent", period, (double) top, true, "start"));
            drafts.add(new Verifier.Draft(FactKind.TOP_N_WEIGHT, a.original(), Arrays.asList(index), hedge(a, m.group(4),
                    m.group(5), used), 1, "percent", period, (double) top, true, "end"));
        }
        for (Pattern stat : List.of(CORRELATION, BETA, VOLATILITY)) {
            if ((m = stat.matcher(t)).find()) {
                FactKind kind = stat == CORRELATION ? (t.matches("(?is).*\\b(minute|tick).*")
                        ? FactKind.INTRADAY_CORRELATION : FactKind.CORRELATION) : stat == BETA ? FactKind.BETA
                        : FactKind.VOLATILITY;
                drafts.add(new Verifier.Draft(kind, a.original(), a.instruments(), hedge(a, m.group(1), m.group(2),
                        used), 1, kind == FactKind.VOLATILITY ? "percent" : "ratio", period, null));
            }
        }
        registered(a, t, period, context, used, drafts);
        references(a, t, context, used, drafts);
        since(a, t, period, context, used, drafts);
        directionCounts(a, t, period, context, used, drafts);
        changes(a, t, period, context, used, drafts);
        macroAndMoves(a, t, period, context, used, drafts);
        if ((m = NEXT_EVENT.matcher(t)).find()) {
            a.periods().stream().filter(p -> p != null && (p.type() == Period.Type.DATE
                    || p.type() == Period.Type.SESSION)).findFirst().ifPresent(date -> drafts.add(new Verifier.Draft(
                            FactKind.SCHEDULED_RELEASE, a.original(), List.of(), null, 1, null, date, null)));
        }
        intraday(a, context.asOf, drafts);
        Matcher unnamed = UNNAMED_SINCE.matcher(t);
        if (unnamed.find()) { // "since then", "over the same stretch": a period an earlier sentence named
            Period earlier = earlierPeriod(unnamed, context);
            drafts.replaceAll(d -> d.period() != null || d.kind() == null || !Verifier.Draft.DATED.contains(d.kind())
                    ? d : earlier == null ? d.withUnusablePeriod() : d.during(earlier));
            Optional.ofNullable(earlier).filter(Period::since).ifPresent(p -> context.lastStretch = p);
        }
        if (ownPeriods(a).isEmpty() && context.sectionPeriod == null && context.previousSession != null
                && !NOW.matcher(t).find()) { // the story goes on about the session the sentence before named
            drafts.replaceAll(d -> d.period() == null && d.kind() != null && Verifier.Draft.OF_A_SESSION.contains(
                    d.kind()) ? d.during(context.previousSession) : d);
        }
        coordinated(a, t, drafts);
        if (a.unheld().size() == 1) { // "the S&P 500 fell 1.2%" on a store of SPY: SPY stands in, for percentages only
            KnownInstruments.Known unheld = a.unheld().get(0);
            index.standIn(unheld).ifPresent(etf -> drafts.replaceAll(d -> {
                if (d.kind() == null || !STAND_IN_KINDS.contains(d.kind()) || d.subjects().size() != 1
                        || d.subjects().get(0) != null) {
                    return d;
                }
                Verifier.Draft standIn = d.about(etf);
                context.standIns.put(standIn, unheld);
                return standIn;
            }));
        }
        if (!a.unheld().isEmpty()) { // a claim whose subject is a known instrument the store does not hold
            drafts.replaceAll(d -> d.subjects().stream().anyMatch(Objects::isNull) ? d.withUnheld(a.unheld()) : d);
        }
        if (periodUnusable) {
            return drafts.stream().map(d -> d.withUnusablePeriod()).toList();
        }
        return drafts;
    }

    /**
     * One-session claims about the session's high or low ("was down as much as 8.6 percent") are checked against the
     * daily high or low; those about a price during the session ("at 10 a.m.") cannot be checked on daily bars.
     */
    private static void intraday(Annotated a, LocalDate asOf, List<Verifier.Draft> drafts) {
        String t = a.text();
        Matcher quote = SESSION_QUOTE.matcher(t);
        Matcher extreme = SESSION_EXTREME.matcher(t);
        boolean atExtreme = extreme.find();
        if (!atExtreme && (!quote.find() || CLOSING.matcher(t).find() || atTheClose(a.original(), asOf))) {
            return;
        }
        Matcher verb = DIRECTION.matcher(t);
        boolean up = verb.find() && direction(verb.group(1)) > 0;
        // a daily macro series has neither quotes during the day nor a day's high and low
        drafts.replaceAll(d -> d.kind() == FactKind.SERIES_LEVEL ? d.asSessionQuote(atExtreme ? extreme.group()
                : quote.group()) : !ONE_SESSION.contains(d.kind()) || d.period() != null && d.period().type()
                        == Period.Type.RANGE ? d : atExtreme ? d.atSessionExtreme(up) : d.asSessionQuote(quote.group()));
    }

    /** Whether {@code sentence} quotes the time the exchange closes at on {@code asOf} ("At 4 p.m. the index stood at"). */
    private static boolean atTheClose(String sentence, LocalDate asOf) {
        LocalDate session = NyseCalendar.INSTANCE.isSession(asOf) ? asOf : NyseCalendar.INSTANCE.previousSession(asOf);
        int hour = NyseCalendar.INSTANCE.sessionClose(session).atZone(NyseCalendar.INSTANCE.zone()).getHour();
        return Pattern.compile("(?i)\\b(?:at|by|as of) " + (hour > 12 ? hour - 12 : hour) + "(?::00)? ?(?:p\\.m\\.|pm\\b)")
                .matcher(sentence).find();
    }

    /** Claims of the kinds with a definition of their own ({@link FactRegistry}), as their definitions read them. */
    private void registered(Annotated a, String t, Period period, Context context, Set<Integer> used,
            List<Verifier.Draft> drafts) {
        for (FactDefinition definition : FactRegistry.definitions()) {
            Matcher m = REGISTERED.get(definition.kind()).matcher(t);
            while (m.find()) {
                String number = null;
                for (int group = 1; number == null && group <= definition.claim().split("\\{N\\}", -1).length - 1;
                        group++) {
                    number = m.group("n" + group);
                }
                if (number == null || used.contains(Integer.parseInt(number))) {
                    continue;
                }
                drafts.add(new Verifier.Draft(definition.kind(), a.original(), Arrays.asList(nearestSubject(a, t,
                        m.start(), context)), hedge(a, null, number, used), definition.direction(a.original()),
                        definition.kind().unit().id(), period, null));
            }
        }
    }

    /**
     * Changes of a priced instrument with their points, percent and end level, in any order after the verb: "gained
     * 37.86 points, or 0.9%, to 4,479.53", "fell 1.9% to 33,063.61", "is up 723.46 points, or 19.3%"; and closes stated
     * alone ("closed at 4,479.53"). A change without points or a level is a move ({@link #macroAndMoves}).
     */
    private void changes(Annotated a, String t, Period period, Context context, Set<Integer> used,
            List<Verifier.Draft> drafts) {
        List<int[]> triggers = new ArrayList<>(); // {start, end, direction, sessions, 1 for a noun}
        Matcher verb = DIRECTION.matcher(t);
        while (verb.find()) {
            triggers.add(new int[] {verb.start(), verb.end(), direction(verb.group(1)), 0, 0});
        }
        Matcher noun = CHANGE_NOUN.matcher(t);
        while (noun.find()) {
            int sessions = noun.group("days") == null ? 0 : DAY_WORDS.indexOf(noun.group("days").toLowerCase(
                    java.util.Locale.ROOT)) + 1;
            triggers.add(new int[] {noun.start(), noun.end(), UP_NOUN.matcher(noun.group("noun")).matches() ? 1 : -1,
                sessions, 1});
        }
        for (int[] trigger : triggers) {
            List<MatchResult> quantities = new ArrayList<>();
            int at = trigger[1];
            Matcher quantity = CHANGE_QUANTITY.matcher(t);
            Matcher bare = BARE_POINTS.matcher(t);
            if (bare.region(at, t.length()).lookingAt() // "climbed 33.61, or 8.4 percent": points left unsaid
                    || trigger[4] == 1 && IN_POINTS.matcher(t).find() // "In points, the gain since March 9 is 1,228"
                            && (bare = BARE_NUMBER.matcher(t)).region(at, t.length()).lookingAt()) {
                quantities.add(bare.toMatchResult());
                at = bare.end();
            }
            while (quantities.size() < 2 && quantity.region(at, t.length()).lookingAt()) {
                quantities.add(quantity.toMatchResult());
                at = quantity.end();
            }
            Matcher level = CHANGE_LEVEL.matcher(t).region(at, t.length());
            boolean hasLevel = !quantities.isEmpty() && level.lookingAt();
            boolean hasPoints = quantities.stream().anyMatch(q -> isPoints(q.group(3)));
            if (quantities.isEmpty() || trigger[4] == 0 && !hasPoints && !hasLevel || quantities.stream().anyMatch(q -> used.contains(Integer.parseInt(
                    q.group(2))))) {
                continue;
            }
            String subject = nearestSubject(a, t, trigger[0], context);
            if (subject != null && index.isMacro(subject)
                    || aboutUnknown(a, t, trigger[0], hasLevel ? level.end() : at, used, drafts)) {
                continue;
            }
            Period bound = trigger[3] > 1 ? Period.lastSessions(trigger[3], context.asOf)
                    : framePeriod(a, t, trigger[1], hasLevel ? level.end() : at, context);
            for (MatchResult q : quantities) {
                boolean points = isPoints(q.group(3));
                drafts.add(new Verifier.Draft(points ? FactKind.POINTS_CHANGE : moveKind(bound), a.original(),
                        Arrays.asList(subject), hedge(a, q.group(1), q.group(2), used), trigger[2],
                        points ? "points" : "percent", bound, null));
            }
            if (hasLevel) {
                drafts.add(new Verifier.Draft(FactKind.CLOSE, a.original(), Arrays.asList(subject), hedge(a,
                        level.group(1), level.group(2), used), 0, "level", bound, null));
            }
        }
        Matcher reached = REACHED.matcher(t);
        boolean atExtreme = SESSION_EXTREME.matcher(t).find();
        while (atExtreme && reached.find()) { // "was up as much as 158 points and reached 14,286"
            if (!used.contains(Integer.parseInt(reached.group(2)))) {
                String subject = nearestSubject(a, t, reached.start(), context);
                if (subject == null || !index.isMacro(subject)) {
                    drafts.add(new Verifier.Draft(FactKind.CLOSE, a.original(), Arrays.asList(subject), hedge(a,
                            reached.group(1), reached.group(2), used), 0, "level", framePeriod(a, t, reached.start(),
                                    reached.end(), context), null));
                }
            }
        }
        Matcher closed = CLOSED_AT.matcher(t);
        while (closed.find()) {
            if (!used.contains(Integer.parseInt(closed.group(2)))
                    && !aboutUnknown(a, t, closed.start(), closed.end(), used, drafts)) {
                String subject = nearestSubject(a, t, closed.start(), context);
                if (subject == null || !index.isMacro(subject)) {
                    drafts.add(new Verifier.Draft(FactKind.CLOSE, a.original(), Arrays.asList(subject), hedge(a,
                            closed.group(1), closed.group(2), used), 0, "level", period, null));
                }
            }
        }
    }

    /**
     * Distances from a reference close and reference closes stated as levels ("10.15% under its record close of
     * 36799.65, set Tuesday, Jan. 4, 2022"; "6.43% lower than 52 weeks ago"), checked as of the session the sentence names, else the as-of date.
     */
    private void references(Annotated a, String t, Context context, Set<Integer> used, List<Verifier.Draft> drafts) {
        // "finished at 3,386.15 on Feb. 19, topping its previous high": as of the session the sentence is about
        Set<Period> named = new java.util.HashSet<>(); // the dates references name: "the close of 27480.03 on Nov. 3"
        Matcher reference = REFERENCE_LEVEL.matcher(t);
        while (reference.find()) {
            Matcher token = PERIOD_TOKEN.matcher(reference.group());
            while (token.find()) {
                named.add(a.periods().get(Integer.parseInt(token.group(1))));
            }
        }
        Period session = ownPeriods(a).stream().filter(p -> p.type() == Period.Type.SESSION && !named.contains(p))
                .findFirst().orElse(null);
        int before = drafts.size();
        referenceDrafts(a, t, context, used, drafts);
        if (session != null) {
            for (int i = before; i < drafts.size(); i++) {
                Verifier.Draft draft = drafts.get(i);
                drafts.set(i, draft.reference() != null && draft.period() == null ? draft.during(session) : draft);
            }
        }
    }

    private void referenceDrafts(Annotated a, String t, Context context, Set<Integer> used,
            List<Verifier.Draft> drafts) {
        Matcher m = DISTANCE.matcher(t);
        while (m.find()) {
            Reference reference = reference(a, m, context, used);
            if (reference != null) {
                String subject = nearestSubject(a, t, m.start(), context);
                drafts.add(Verifier.Draft.against(reference, FactKind.DISTANCE, a.original(), subject, hedge(a,
                        m.group("hedge"), m.group("pct"), used), distanceSign(m.group("rel"), t.substring(0,
                                m.start())), "percent"));
            }
        }
        m = REFERENCE_LEVEL.matcher(t);
        while (m.find()) {
            Reference reference = reference(a, m, context, used);
            if (reference != null && m.group("level") != null && !used.contains(Integer.parseInt(m.group("level")))) {
                String subject = nearestSubject(a, t, m.start(), context);
                Hedge stated = hedge(a, m.group("lhedge"), m.group("level"), used);
                drafts.add(reference.type() == Reference.Type.SESSION
                        ? new Verifier.Draft(FactKind.CLOSE, a.original(), Arrays.asList(subject), stated, 0, "level",
                                new Period(Period.Type.SESSION, null, reference.from(), reference.words()), null)
                        : Verifier.Draft.against(reference, reference.high() ? FactKind.HIGH_CLOSE
                                : FactKind.LOW_CLOSE, a.original(), subject, stated, 0, "level"));
            }
        }
        m = TERRITORY.matcher(t);
        // "entered a bear market": the close at least 20% below the record close (DESIGN), once a sentence; not
        // "a close below 29,439.72 would put it in a bear market", nor "European shares entered a bear market"
        if (m.find() && !FORECAST.matcher(t.substring(0, m.start())).find()
                && !aboutUnknown(a, t, m.start(), m.end(), used, drafts)) {
            double threshold = 100 * (m.group("what").toLowerCase(java.util.Locale.ROOT).startsWith("bear")
                    ? Definitions.BEAR_MARKET_DRAWDOWN : Definitions.CORRECTION_DRAWDOWN);
            drafts.add(Verifier.Draft.against(new Reference(Reference.Type.RECORD, true, null, null, null,
                    "its record close"), FactKind.DISTANCE, a.original(), nearestSubject(a, t, m.start(), context),
                    new Hedge(Hedge.Kind.AT_LEAST, threshold, 0), -1, "percent"));
        }
        m = YEAR_AGO.matcher(t);
        while (m.find()) {
            if (m.group("weeks") == null || a.numbers().get(Integer.parseInt(m.group("weeks"))).value() == 52) {
                Optional.ofNullable(m.group("weeks")).ifPresent(weeks -> used.add(Integer.parseInt(weeks)));
                drafts.add(Verifier.Draft.against(new Reference(Reference.Type.YEAR_AGO, false, null, null, null,
                        "its close 52 weeks before"), FactKind.DISTANCE, a.original(), nearestSubject(a, t, m.start(),
                                context), hedge(a, m.group("hedge"), m.group("pct"), used), distanceSign(m.group("rel"),
                                        t.substring(0, m.start())), "percent"));
            }
        }
    }

    /**
     * Claims about the date a move, a close or a crossing was last matched: "its biggest point drop since Sept. 17,
     * 2001", "its highest close since Feb. 9", "below 1200 for the first time since Oct. 2003".
     */
    private void since(Annotated a, String t, Period period, Context context, Set<Integer> used,
            List<Verifier.Draft> drafts) {
        Period session = period != null && period.type() == Period.Type.SESSION ? period : null;
        Matcher m = LARGEST_SINCE.matcher(t);
        while (m.find()) {
            String calendar = calendarUnit(m.group("per"), m.group("noun"));
            Period claimed = calendar != null ? period : session; // a week's: of the session named, the week before
            Reference since = m.group("spanunit") != null ? span(a, m, claimed != null ? claimed.end() : context.asOf,
                    used) : sinceDate(a, m);
            if (since != null) {
                String days = m.group("days") == null ? "one" : m.group("days").replaceFirst("-day$", "");
                int sessions = days.equals("single") || days.equals("daily") ? 1 : DAY_WORDS.indexOf(days) + 1;
                String unit = m.group("u2") != null ? m.group("u2") + (m.group("u3") != null ? " and " + m.group("u3")
                        : "") : m.group("unit") != null && m.group("unit").equalsIgnoreCase("point") ? "points"
                                : "percent";
                int sign = UP_NOUN.matcher(m.group("noun")).matches() ? 1 : DOWN_NOUN.matcher(m.group("noun"))
                        .matches() ? -1 : UP_NOUN.matcher(m.group("adj")).matches() ? 1
                                : DOWN_NOUN.matcher(m.group("adj")).matches() ? -1 : 0;
                drafts.add(new Verifier.Draft(FactKind.LARGEST_MOVE_SINCE, a.original(), Arrays.asList(nearestSubject(
                        a, t, m.start(), context)), null, sign, unit, claimed, (double) Math.max(1, sessions), false,
                        calendar, null, since));
            }
        }
        m = RANK.matcher(t);
        while (m.find()) {
            int rank = m.group("rank") != null ? (int) a.numbers().get(Integer.parseInt(m.group("rank"))).value()
                    : m.group("rankword") != null ? RANK_WORDS.indexOf(m.group("rankword").toLowerCase(
                            java.util.Locale.ROOT)) + 1 : 1;
            if (m.group("rank") != null) {
                used.add(Integer.parseInt(m.group("rank")));
            }
            String unitWord = m.group("u2") != null ? m.group("u2") : m.group("u3") != null ? m.group("u3")
                    : m.group("unit");
            String unit = unitWord != null && unitWord.toLowerCase(java.util.Locale.ROOT).startsWith("point")
                    ? "points" : "percent";
            String noun = m.group("noun") == null ? "" : m.group("noun");
            int sign = UP_NOUN.matcher(noun).matches() ? 1 : DOWN_NOUN.matcher(noun).matches() ? -1
                    : UP_NOUN.matcher(m.group("adj")).matches() ? 1 : DOWN_NOUN.matcher(m.group("adj")).matches() ? -1
                            : 0;
            String calendar = calendarUnit(null, noun);
            Period claimed = calendar != null ? period : session;
            LocalDate end = claimed != null ? claimed.end() : context.asOf;
            Reference window;
            if (m.group("ever") != null) {
                window = null;
            } else if (m.group("count") != null) { // "the third-best year of the past ten": this one the last
                int count = (int) a.numbers().get(Integer.parseInt(m.group("count"))).value();
                used.add(Integer.parseInt(m.group("count")));
                window = new Reference(Reference.Type.WINDOW, true, unitsBack(end, calendar, count), end, null,
                        "the past " + count + " " + (calendar != null ? calendar : "session") + "s");
            } else {
                window = new Reference(Reference.Type.WINDOW, true, m.group("decade") != null ? end.minusYears(10)
                        : Optional.ofNullable(a.periods().get(Integer.parseInt(m.group("window")))).map(Period::start)
                                .orElse(null), end, null, m.group("decade") != null ? "the past decade"
                                        : "the period named");
                if (window.from() == null) {
                    continue;
                }
            }
            drafts.add(new Verifier.Draft(FactKind.MOVE_RANK, a.original(), Arrays.asList(nearestSubject(a, t,
                    m.start(), context)), Hedge.exact(rank, 0), sign, "count", claimed, null, false, calendar == null
                            ? unit : unit + " " + calendar, null, window));
        }
        m = EXTREME_SINCE.matcher(t);
        while (m.find()) {
            LocalDate end = session != null ? session.end() : context.asOf;
            Reference since;
            boolean highest;
            if (m.group("cunit") != null) { // "a five-month low": nothing as low in the five months before
                OptionalLong count = NumberWords.value(m.group("count"));
                if (count.isEmpty() || count.getAsLong() < 1 || count.getAsLong() > 200) {
                    continue;
                }
                String unit = m.group("cunit").toLowerCase(java.util.Locale.ROOT);
                since = new Reference(Reference.Type.SPAN, true, null, end.minus(count.getAsLong(),
                        java.time.temporal.ChronoUnit.valueOf(unit.toUpperCase(java.util.Locale.ROOT) + "S")), null,
                        count.getAsLong() + " " + unit + (count.getAsLong() == 1 ? "" : "s"));
                highest = m.group("side2").equalsIgnoreCase("high");
            } else {
                since = m.group("spanunit") != null ? span(a, m, end, used) : sinceDate(a, m);
                highest = m.group("side").equalsIgnoreCase("highest");
            }
            if (since != null) {
                drafts.add(new Verifier.Draft(highest ? FactKind.HIGHEST_CLOSE_SINCE : FactKind.LOWEST_CLOSE_SINCE,
                        a.original(), Arrays.asList(namedLast(a, t, m.start(), context)), null, 0, null, session,
                        null, false, null, null, since));
            }
        }
        m = FIRST_CROSS.matcher(t);
        while (m.find()) {
            String ordinal = m.group("o1") != null ? m.group("o1") : m.group("o2");
            Num first = a.numbers().get(Integer.parseInt(ordinal));
            if (!first.ordinal() || first.value() != 1) {
                continue;
            }
            used.add(Integer.parseInt(ordinal));
            boolean ever = m.group("lvl2") != null;
            Reference since = ever ? null : sinceDate(a, m);
            if (ever || since != null) {
                String number = ever ? m.group("lvl2") : m.group("lvl");
                used.add(Integer.parseInt(number));
                String relation = ever ? m.group("rel2") : m.group("rel");
                drafts.add(new Verifier.Draft(FactKind.FIRST_CROSS_SINCE, a.original(), Arrays.asList(nearestSubject(a,
                        t, m.start(), context)), null, relation.matches("(?i)above|over") ? 1 : -1, "level", session,
                        a.numbers().get(Integer.parseInt(number)).value(), false, null, null, since));
            }
        }
    }

    /**
     * The period an {@link #UNNAMED_SINCE} match refers to: "since then" starts at the date named last, "the same
     * stretch" is the span measured last, "that session" is the session named last; null when none was named.
     */
    private static Period earlierPeriod(Matcher unnamed, Context context) {
        if (unnamed.group("since") != null) {
            return context.lastDate == null ? null : Period.since(context.lastDate, context.asOf);
        }
        if (unnamed.group("session") != null) {
            return context.lastDate == null ? null : new Period(Period.Type.SESSION, null, context.lastDate,
                    "the session of " + context.lastDate);
        }
        return unnamed.group("stretch") != null ? context.lastStretch : null;
    }

    /**
     * Counts of moves one way over a window, and runs of them over sessions or calendar units: "fell in three of the
     * last four sessions", "lower in each of the past three years", "double-digit returns for three years running",
     * "its fifth straight weekly gain". Read on the sentence as written: the window's words are the claim.
     */
    private void directionCounts(Annotated a, String t, Period period, Context context, Set<Integer> used,
            List<Verifier.Draft> drafts) {
        String subject = a.instruments().stream().filter(s -> s != null && !index.isMacro(s)).findFirst()
                .orElse(t.contains("{I") ? null : nearestSubject(a, t, t.length(), context));
        String text = a.original().replace('\u2019', '\'');
        Matcher m = COUNT_OF.matcher(text);
        while (m.find()) {
            OptionalLong k = m.group("each") != null ? NumberWords.value(m.group("m")) : NumberWords.value(m.group("k"));
            OptionalLong of = NumberWords.value(m.group("m"));
            if (k.isPresent() && of.isPresent() && k.getAsLong() <= of.getAsLong() && of.getAsLong() <= 1000) {
                int sign = m.group("verb") != null ? direction(m.group("verb")) : UP_NOUN.matcher(m.group("noun"))
                        .lookingAt() ? 1 : -1;
                drafts.add(tally(a, subject, k.getAsLong(), sign, period, m.group("unit"), (double) of.getAsLong(),
                        threshold(text)));
                markUsed(a, used, m.group("k"), m.group("m"));
            }
        }
        m = RUNNING.matcher(text);
        while (m.find()) {
            OptionalLong n = NumberWords.value(m.group("n") != null ? m.group("n") : m.group("ord"));
            String unit = m.group("unit") != null ? m.group("unit") : calendarUnit(m.group("per"), null);
            boolean sessions = !unit.toLowerCase(java.util.Locale.ROOT).matches("(?:" + MoveSteps.UNITS + ")s?");
            if (n.isEmpty() || n.getAsLong() < 2 || n.getAsLong() > 1000 || sessions && drafts.stream().anyMatch(d ->
                    d.kind() == FactKind.STREAK)) {
                continue; // a run of sessions "in a row" is the registry's streak
            }
            Matcher verb = DIRECTION.matcher(t);
            int sign = m.group("noun") != null ? (UP_NOUN.matcher(m.group("noun")).lookingAt() ? 1 : -1)
                    : RETURNS.matcher(text).find() ? 1 : verb.find() ? direction(verb.group(1)) : 0;
            if (sign != 0) {
                drafts.add(tally(a, subject, n.getAsLong(), sign, period, unit, null, threshold(text)));
                markUsed(a, used, m.group("n"));
            }
        }
    }

    /**
     * A claim of a subject of several instruments ("the Dow and the S&P 500 are still at least 24% below", "The S&P
     * 500 and the Nasdaq both fell more than 2%") is a claim about each; "respectively" pairs them with numbers instead.
     */
    private static void coordinated(Annotated a, String t, List<Verifier.Draft> drafts) {
        Matcher m = COORDINATED.matcher(t);
        if (!m.find() || RESPECTIVELY.matcher(t).find()) {
            return;
        }
        String last = a.instruments().get(Integer.parseInt(m.group("last")));
        List<String> others = new ArrayList<>();
        Matcher named = Pattern.compile(I).matcher(m.group("others"));
        while (named.find()) {
            others.add(a.instruments().get(Integer.parseInt(named.group(1))));
        }
        List<Verifier.Draft> each = new ArrayList<>();
        for (Verifier.Draft draft : drafts) {
            each.add(draft);
            if (draft.kind() != null && EACH_SUBJECT.contains(draft.kind()) && draft.subjects().size() == 1
                    && Objects.equals(draft.subjects().get(0), last)) {
                others.forEach(other -> each.add(draft.about(other)));
            }
        }
        drafts.clear();
        drafts.addAll(each);
    }

    /**
     * The verdict on an index's percentage change read on an ETF that tracks it: the index moved within {@link
     * Definitions#STAND_IN_TOLERANCE_PP} of the ETF; confirmed when the claim holds for every change in that band,
     * refuted when it holds for none, unverifiable otherwise (a false confirmation is the worst error).
     */
    private static Claim standIn(Claim claim, Verifier.Draft draft, KnownInstruments.Known index) {
        String why = draft.subjects().get(0) + " stands in for the " + index.name().replaceFirst("^the ", "")
                + ", which the store does not hold (an ETF that tracks it, for percentage changes only): "
                + claim.explanation();
        if (claim.computed() == null || draft.hedge() == null || claim.verdict().equals(Claim.UNVERIFIABLE)) {
            return new Claim(claim.text(), claim.kind(), claim.stated(), claim.computed(), claim.unit(),
                    claim.verdict(), why);
        }
        double tolerance = Definitions.STAND_IN_TOLERANCE_PP;
        int holds = 0;
        int steps = 100;
        for (int i = 0; i <= steps; i++) { // the band the index's change lies in, finely sampled
            double change = claim.computed() - tolerance + 2 * tolerance * i / steps;
            holds += Math.signum(change) == draft.sign() && draft.hedge().accepts(change) ? 1 : 0;
        }
        String verdict = holds == steps + 1 ? Claim.VERIFIED : holds == 0 ? Claim.CONTRADICTED : Claim.UNVERIFIABLE;
        return new Claim(claim.text(), claim.kind(), claim.stated(), claim.computed(), claim.unit(), verdict, why
                + " The index's own change lies within " + Num.format(tolerance, 2) + " percentage points of the "
                + "ETF's: the claim holds for " + (holds == steps + 1 ? "all" : holds == 0 ? "none" : "part")
                + " of that band.");
    }

    /** Marks the sentence's numbers printed as {@code printed} used: they are part of a claim read on the text. */
    private static void markUsed(Annotated a, Set<Integer> used, String... printed) {
        for (String text : printed) {
            for (int i = 0; text != null && i < a.numbers().size(); i++) {
                if (a.numbers().get(i).text().equalsIgnoreCase(text)) {
                    used.add(i);
                }
            }
        }
    }

    private static Verifier.Draft tally(Annotated a, String subject, long count, int sign, Period period, String unit,
            Double window, double threshold) {
        String singular = unit.toLowerCase(java.util.Locale.ROOT).replaceFirst("^trading ", "").replaceFirst("s$", "");
        String calendar = singular.matches(MoveSteps.UNITS) ? singular : null;
        boolean firstSession = calendar != null && FIRST_SESSION.matcher(a.original()).find();
        return new Verifier.Draft(FactKind.DIRECTION_COUNT, a.original(), Arrays.asList(subject), Hedge.exact(count, 0),
                sign, "count", firstSession ? null : period, window, false, new Verifier.Tally(calendar, threshold,
                        firstSession).toString());
    }

    /** The size every move of a count or run must reach: "double-digit returns" 10%, else any move that way. */
    private static double threshold(String text) {
        return DOUBLE_DIGIT.matcher(text).find() ? 10 : 0;
    }

    /** The calendar unit of "weekly" or "its worst week", else null (sessions). */
    private static String calendarUnit(String per, String noun) {
        if (per != null) {
            String unit = per.toLowerCase(java.util.Locale.ROOT).replaceFirst("ly$", "").replace("annual", "year");
            return unit.equals("quarter") || unit.equals("week") || unit.equals("month") ? unit : "year";
        }
        return noun != null && noun.toLowerCase(java.util.Locale.ROOT).matches(MoveSteps.UNITS)
                ? noun.toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** The first day of the {@code count} calendar units (sessions when null) that end with the one holding {@code end}. */
    private static LocalDate unitsBack(LocalDate end, String unit, int count) {
        if (unit == null) {
            LocalDate day = end;
            for (int i = 1; i < count; i++) {
                day = NyseCalendar.INSTANCE.previousSession(day);
            }
            return day;
        }
        return switch (unit) {
            case "week" -> end.with(java.time.DayOfWeek.MONDAY).minusWeeks(count - 1);
            case "month" -> end.withDayOfMonth(1).minusMonths(count - 1);
            case "quarter" -> end.withDayOfMonth(1).minusMonths((end.getMonthValue() - 1) % 3 + 3L * (count - 1));
            default -> end.withDayOfYear(1).minusYears(count - 1);
        };
    }

    /**
     * The span a {@link #SPAN} match names back from {@code end}: "in nearly nine months" allows the last move as
     * large to be {@value Definitions#NEARLY_LOWER} of nine months back; null when the count is no usable number.
     */
    private static Reference span(Annotated a, Matcher m, LocalDate end, Set<Integer> used) {
        double count = m.group("span") != null ? a.numbers().get(Integer.parseInt(m.group("span"))).value() : 1;
        if (count <= 0 || count > 200) {
            return null;
        }
        Optional.ofNullable(m.group("span")).ifPresent(n -> used.add(Integer.parseInt(n)));
        String hedge = m.group("spanhedge") == null ? "" : m.group("spanhedge").toLowerCase(java.util.Locale.ROOT);
        double share = hedge.matches("nearly|almost") ? Definitions.NEARLY_LOWER
                : hedge.matches("about|roughly|some") ? 1 - Definitions.ABOUT_BAND : 1;
        String unit = m.group("spanunit").toLowerCase(java.util.Locale.ROOT).replaceFirst("s$", "");
        double days = switch (unit) {
            case "year" -> 365.25;
            case "month" -> 365.25 / 12;
            case "week" -> 7;
            default -> 7.0 / 5; // sessions and trading days, in calendar days
        };
        LocalDate to = end.minusDays(Math.round(count * share * days));
        return new Reference(Reference.Type.SPAN, true, null, to, null, (hedge.isEmpty() ? "" : hedge + " ")
                + Num.format(count, 0) + " " + unit + (count == 1 ? "" : "s"));
    }

    /**
     * The periods a sentence's claims are of: not the dates "since" claims measure against, nor the dates a level
     * was set on ("the intraday high of 14,198 it had set on Oct. 11, 2007").
     */
    private static List<Period> ownPeriods(Annotated a) {
        Set<Integer> since = sinceDates(a.text());
        List<Period> own = new ArrayList<>();
        Matcher token = PERIOD_TOKEN.matcher(a.text());
        while (token.find()) {
            int i = Integer.parseInt(token.group(1));
            Period period = a.periods().get(i);
            if (period != null && !period.since() && !since.contains(i)
                    && !SET_ON.matcher(a.text().substring(0, token.start())).find()) {
                own.add(period);
            }
        }
        return own;
    }

    /** The periods of {@code t} that "since" claims and ranks measure against (not the sentence's period). */
    private static Set<Integer> sinceDates(String t) {
        Map.Entry<String, Set<Integer>> last = LAST_SINCE_DATES.get(); // asked for many times of one sentence
        if (last != null && last.getKey().equals(t)) {
            return last.getValue();
        }
        Set<Integer> found = Set.copyOf(sinceDatesOf(t));
        LAST_SINCE_DATES.set(Map.entry(t, found));
        return found;
    }

    private static final ThreadLocal<Map.Entry<String, Set<Integer>>> LAST_SINCE_DATES = new ThreadLocal<>();

    private static Set<Integer> sinceDatesOf(String t) {
        Set<Integer> found = new java.util.HashSet<>();
        for (Pattern pattern : List.of(LARGEST_SINCE, EXTREME_SINCE, FIRST_CROSS, RANK)) {
            Matcher m = pattern.matcher(t);
            while (m.find()) {
                for (String group : pattern == RANK ? List.of("window") : List.of("p", "ps")) {
                    if (m.start(group) >= 0) {
                        found.add(Integer.parseInt(m.group(group)));
                    }
                }
            }
        }
        return found;
    }

    /** The dates a {@link #SINCE} match allows: the date itself, or the month or year it names. */
    private static Reference sinceDate(Annotated a, Matcher m) {
        boolean readAsSince = m.group("ps") != null;
        Period period = a.periods().get(Integer.parseInt(readAsSince ? m.group("ps") : m.group("p")));
        if (period == null || readAsSince && !period.since()) {
            return null;
        }
        if (period.since()) {
            return new Reference(Reference.Type.WINDOW, true, period.sinceFirst(), period.sinceLast(), null,
                    period.sinceFirst().equals(period.sinceLast()) ? period.sinceFirst().toString()
                            : period.sinceFirst() + " to " + period.sinceLast());
        }
        if (period.type() != Period.Type.RANGE) {
            return new Reference(Reference.Type.WINDOW, true, period.end(), period.end(), null, period.end().toString());
        }
        return new Reference(Reference.Type.WINDOW, true, period.start().plusDays(1), period.end(), null,
                period.label());
    }

    /** The reference close a {@link #REFERENCE} match names, resolved against the as-of date; null if none. */
    private Reference reference(Annotated a, Matcher m, Context context, Set<Integer> used) {
        LocalDate asOf = context.asOf;
        LocalDate on = m.group("on") == null ? null : Optional.ofNullable(a.periods().get(Integer.parseInt(
                m.group("on")))).map(Period::end).orElse(null);
        Reference found;
        boolean beyond = BEYOND.matcher(a.text().substring(0, m.start())).find(); // "breaking through its record"
        if (m.group("intraday") != null) {
            boolean before = m.group("before") != null || beyond;
            found = new Reference(before ? Reference.Type.PREVIOUS_INTRADAY_RECORD : Reference.Type.INTRADAY_RECORD,
                    true, null, null, null, before ? "its previous intraday record high" : "its intraday record high");
        } else if (m.group("extreme") != null) { // "its lowest close of the year, 1214.91": the period's extreme
            Period period = a.periods().get(Integer.parseInt(m.group("ep")));
            if (period == null || period.type() != Period.Type.RANGE || period.since()) {
                return null;
            }
            boolean high = m.group("extreme").equalsIgnoreCase("highest");
            // "held above its lowest close of the year": the one standing before the session
            boolean standing = beyond || SIDE_OF.matcher(a.text().substring(0, m.start())).find();
            LocalDate to = standing ? NyseCalendar.INSTANCE.previousSession(period.end()) : period.end();
            found = new Reference(Reference.Type.WINDOW, high, period.start().plusDays(1), to, null, "its "
                    + (high ? "highest" : "lowest") + " close of " + period.label() + (standing ? " before "
                            + period.end() : ""));
        } else if (m.group("plain") != null) { // "a low of 6,547 in March 2009": the extreme of the period named
            Period period = on == null ? null : a.periods().get(Integer.parseInt(m.group("on")));
            if (period == null || period.type() != Period.Type.RANGE || period.since()) {
                return null;
            }
            boolean high = m.group("plain").matches("(?i)high|peak");
            return new Reference(Reference.Type.WINDOW, high, period.start().plusDays(1), period.end(), null, "its "
                    + (high ? "high" : "low") + " of " + period.label());
        } else if (m.group("previous") != null || m.group("record") != null && beyond) {
            found = new Reference(Reference.Type.PREVIOUS_RECORD, true, null, null, null, "its previous record close");
        } else if (m.group("record") != null) {
            found = new Reference(Reference.Type.RECORD, true, null, null, null, "its record close");
        } else if (m.group("weeks") != null) {
            if (!a.original().matches("(?is).*\\b52[- ]week.*")) {
                return null;
            }
            boolean high = m.group("wside").equalsIgnoreCase("high");
            found = new Reference(Reference.Type.WEEKS_52, high, null, null, null, "its 52-week " + (high ? "high"
                    : "low"));
        } else if (m.group("year") != null) {
            Num year = a.numbers().get(Integer.parseInt(m.group("year")));
            if (year.decimals() > 0 || year.value() < 1900 || year.value() > asOf.getYear()) {
                return null;
            }
            used.add(Integer.parseInt(m.group("year"))); // the year is part of the reference, not a claim
            boolean high = m.group("yside").matches("(?i)high|peak");
            int y = (int) year.value();
            found = new Reference(Reference.Type.WINDOW, high, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), null,
                    "its " + y + " closing " + (high ? "high" : "low"));
        } else if (m.group("date") != null) {
            Period period = a.periods().get(Integer.parseInt(m.group("date")));
            if (period == null) {
                return null;
            }
            boolean high = !m.group("dside").matches("(?i)low|bottom|trough");
            found = period.type() == Period.Type.RANGE
                    ? new Reference(Reference.Type.WINDOW, high, period.start().plusDays(1), period.end(), null,
                            "its " + (high ? "high" : "low") + " of " + period.label())
                    : new Reference(Reference.Type.SESSION, high, period.end(), period.end(), null, "its close of "
                            + period.end());
        } else if (m.group("month") != null) {
            java.time.Month month = java.time.Month.valueOf(m.group("month").toUpperCase(java.util.Locale.ROOT));
            int year = asOf.getYear() - (month.getValue() > asOf.getMonthValue() ? 1 : 0);
            LocalDate first = LocalDate.of(year, month, 1);
            boolean high = m.group("mside").matches("(?i)high|peak");
            found = new Reference(Reference.Type.WINDOW, high, first, first.plusMonths(1).minusDays(1), null, "its "
                    + m.group("month") + " " + year + " " + (high ? "high" : "low"));
        } else {
            if (on == null) {
                return null; // "the close" of no named session
            }
            return new Reference(Reference.Type.SESSION, true, on, on, null, "the close of " + on);
        }
        return on == null ? found : found.setOn(on);
    }

    /** Above a reference is up; below, under, short of and off are down; "from" goes the way of the verb before. */
    private static int distanceSign(String relation, String before) {
        String r = relation.toLowerCase(java.util.Locale.ROOT);
        if (r.equals("from")) {
            Matcher verb = DIRECTION.matcher(before);
            int sign = -1;
            while (verb.find()) {
                sign = direction(verb.group(1));
            }
            return sign;
        }
        return r.matches("above|over|higher than|up from") ? 1 : -1;
    }

    private static boolean isPoints(String unit) {
        return unit == null || unit.isEmpty() || unit.toLowerCase(java.util.Locale.ROOT).matches("points?|pts?");
    }

    /**
     * The period a change's numbers are about: a period right after them ("rose 2% for the week", "is up 723 points,
     * or 19.3%, for the year") or before them in the sentence ("On Monday, the Dow fell"), else the line's heading
     * period; a period further on belongs to another clause ("..., a drop that erased its gain for the year").
     */
    private static Period framePeriod(Annotated a, String t, int start, int end, Context context) {
        Matcher after = PERIOD_AFTER.matcher(t).region(end, t.length());
        if (after.lookingAt()) {
            return usable(a.periods().get(Integer.parseInt(after.group(1))), context);
        }
        Matcher before = PERIOD_TOKEN.matcher(t.substring(0, start));
        Set<Integer> since = sinceDates(t);
        Period found = null;
        while (before.find()) {
            Period candidate = a.periods().get(Integer.parseInt(before.group(1)));
            if (candidate == null) {
                continue;
            }
            if (THE_DAY.matcher(t.substring(before.end(), start)).matches()) { // "since Oct. 28, the day it jumped"
                LocalDate day = candidate.since() ? candidate.sinceFirst() : candidate.end();
                found = new Period(Period.Type.SESSION, null, day, "the session of " + day);
            } else if (candidate.type() != Period.Type.DATE && !since.contains(Integer.parseInt(before.group(1)))) {
                found = candidate;
            }
        }
        return found != null ? found : context.sectionPeriod;
    }

    private static Period usable(Period period, Context context) {
        return period == null || period.type() == Period.Type.DATE ? context.sectionPeriod : period;
    }

    /** A percent change over {@code period} when it is a range, else in one session. */
    private static FactKind moveKind(Period period) {
        return period == null || period.type() != Period.Type.RANGE ? FactKind.SESSION_RETURN
                : FactKind.PERIOD_RETURN;
    }

    /** Macro series' levels, changes and directions; instruments' moves over a period or in a session. */
    private void macroAndMoves(Annotated a, String t, Period period, Context context, Set<Integer> used,
            List<Verifier.Draft> drafts) {
        Matcher m = MACRO_CHANGE.matcher(t);
        while (m.find()) {
            String series = nearestSeries(a, t, m.start(), context);
            if (series != null && index.isMacro(series)) {
                drafts.add(new Verifier.Draft(FactKind.SERIES_CHANGE, a.original(), List.of(series), hedge(a, m.group(2),
                        m.group(3), used), direction(m.group(1)), "bp", period, null));
            }
        }
        m = MACRO_LEVEL_BP.matcher(t);
        while (m.find()) {
            String series = nearestSeries(a, t, m.start(), context);
            if (series != null && index.isMacro(series) && !used.contains(Integer.parseInt(m.group(2)))) {
                Matcher near = PERIOD_NEAR.matcher(t).region(m.end(), t.length());
                Period on = near.lookingAt() ? usable(a.periods().get(Integer.parseInt(near.group(1))), context)
                        : period;
                drafts.add(new Verifier.Draft(FactKind.SERIES_LEVEL, a.original(), List.of(series), hedge(a, m.group(1),
                        m.group(2), used), 1, "bp", on, null));
            }
        }
        m = MACRO_CROSSING.matcher(t);
        while (m.find()) {
            String series = nearestSeries(a, t, m.start(), context);
            if (series != null && index.isMacro(series) && !used.contains(Integer.parseInt(m.group(3)))) {
                double level = a.numbers().get(Integer.parseInt(m.group(3))).value();
                drafts.add(new Verifier.Draft(FactKind.CLOSE_BEYOND, a.original(), List.of(series), hedge(a, null,
                        m.group(3), used), m.group("side").matches("(?i)above|over") ? 1 : -1, "level", period, level,
                        true, m.group("back") != null ? "back" : null));
            }
        }
        m = MACRO_LEVEL.matcher(t);
        while (m.find()) {
            String series = nearestSeries(a, t, m.start(), context);
            if (series != null && index.isMacro(series) && !used.contains(Integer.parseInt(m.group(2)))) {
                // "at 4.48% late Tuesday, and early last month at just 4.01%": each level its clause's period
                drafts.add(new Verifier.Draft(FactKind.SERIES_LEVEL, a.original(), List.of(series), hedge(a, m.group(1),
                        m.group(2), used), 1, "percent", framePeriod(a, t, m.start(), m.end(), context), null));
            }
        }
        if (drafts.stream().noneMatch(d -> d.kind() == FactKind.SERIES_CHANGE || d.kind() == FactKind.SERIES_LEVEL
                || d.kind() == FactKind.CLOSE_BEYOND)) {
            m = DIRECTION.matcher(t);
            while (m.find()) {
                String series = nearestSeries(a, t, m.start(), context);
                if (series != null && index.isMacro(series)) {
                    drafts.add(new Verifier.Draft(FactKind.SERIES_CHANGE, a.original(), List.of(series), null,
                            direction(m.group(1)), "bp", period, null));
                    break;
                }
            }
        }
        for (Pattern move : List.of(MOVE, MOVE_NOUN, MOVE_AFTER)) {
            m = move.matcher(t);
            while (m.find()) {
                boolean verbFirst = move != MOVE_NOUN;
                String number = move == MOVE ? m.group(3) : m.group(2);
                if (used.contains(Integer.parseInt(number))) {
                    continue;
                }
                String subject = nearestSubject(a, t, m.start(), context);
                if (subject != null && index.isMacro(subject)) {
                    continue;
                }
                if (aboutUnknown(a, t, m.start(), m.end(), used, drafts)) {
                    continue;
                }
                String word = move == MOVE ? m.group(1) : m.group(3);
                String hedgeWord = move == MOVE ? m.group(2) : m.group(1);
                Period bound = framePeriod(a, t, m.start(), m.end(), context);
                drafts.add(new Verifier.Draft(moveKind(bound), a.original(), Arrays.asList(subject), hedge(a, hedgeWord,
                        number, used), direction(word), "percent", bound, null));
            }
        }
    }

    /**
     * Whether the claim at {@code [start, end)} is about a name the store does not know, named before it with no
     * instrument ("Apple shares rose 3%", "the company's stock ... at $60.75"): then it is drafted as such, and the
     * numbers up to its end are used ("FTSE 100": part of the name, or its move), rather than given the last subject.
     */
    private static boolean aboutUnknown(Annotated a, String t, int start, int end, Set<Integer> used,
            List<Verifier.Draft> drafts) {
        String unknown = unknownName(t.substring(0, start));
        if (unknown == null || t.substring(0, start).contains("{I")) {
            return false;
        }
        drafts.add(Verifier.Draft.unknownInstrument(a.original(), unknown));
        Matcher numbers = Pattern.compile(N).matcher(t.substring(0, end));
        while (numbers.find()) {
            used.add(Integer.parseInt(numbers.group(1)));
        }
        return true;
    }

    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\w&.'-]*(?:\\s+[A-Z0-9][\\w&.'-]*)*");
    private static final Set<String> COMMON_CAPITALS = Set.of("The", "It", "Its", "They", "Their", "This", "That",
            "These", "Those", "Small", "Shares", "Stocks", "Index", "Investors", "Markets", "On", "In", "By", "From",
            "Since", "While", "When", "And", "But", "Per", "According", "Meanwhile", "Still", "Yet", "So", "Then",
            "Our", "A", "An", "Over", "After", "Before", "During", "As", "At", "For", "With", "Today",
            "Yesterday", "Friday", "Monday", "Tuesday", "Wednesday", "Thursday", "U.S.", "US", "New", "York", "London",
            "Tokyo", "Washington");

    /** A capitalised name in {@code text} that is no common sentence word ("FTSE 100", "Apple"), or null. */
    private static String unknownName(String text) {
        Matcher m = CAPITALISED.matcher(text.replaceAll("\\{[A-Z]\\d+\\}", " "));
        while (m.find()) {
            List<String> words = new ArrayList<>(List.of(m.group().replaceAll("['.]s?$", "").split("\\s+")));
            while (!words.isEmpty() && COMMON_CAPITALS.contains(words.get(0))) {
                words.remove(0);
            }
            if (!words.isEmpty()) {
                return String.join(" ", words);
            }
        }
        return null;
    }

    /** Whether number {@code i} of the sentence is a whole count of things it describes ("tracks 30 companies"). */
    private static boolean isDescriptiveCount(Annotated a, int i) {
        Matcher at = Pattern.compile("\\{N" + i + "\\}").matcher(a.text());
        if (!at.find()) {
            return false;
        }
        return a.numbers().get(i).decimals() == 0 && !a.numbers().get(i).text().contains("%")
                && DESCRIPTIVE_COUNT.matcher(a.text().substring(at.end())).find();
    }

    private static int sign(String verb) {
        String v = verb.toLowerCase();
        return v.startsWith("under") || v.startsWith("lag") || v.startsWith("trail") ? -1 : 1;
    }

    private static int direction(String word) {
        Matcher up = UP_WORD.matcher(word);
        return up.matches() ? 1 : -1;
    }

    private static Hedge hedge(Annotated a, String word, String number, Set<Integer> used) {
        used.add(Integer.parseInt(number));
        return Hedge.of(word, a.numbers().get(Integer.parseInt(number)));
    }

    /**
     * The instrument named in group {@code group}; else, unless {@code before} names something the store does not
     * know, the subject of the sentences before ("It outperformed...").
     */
    private String subject(Annotated a, String group, String before, Context context) {
        if (group != null) {
            return a.instruments().get(Integer.parseInt(group));
        }
        return unknownName(before) == null ? context.lastSubject : null;
    }

    /**
     * The series a macro claim is about: the instrument named nearest ({@link #nearestInstrument}), else, in a
     * sentence about a yield, a spread or a rate that names none, the series named last before it.
     */
    private static String nearestSeries(Annotated a, String t, int at, Context context) {
        String named = nearestInstrument(a, t, at);
        return named != null || !SERIES_WORD.matcher(t).find() || t.contains("{I") ? named : context.lastSeries;
    }

    /** The last instrument named before {@code at}, else the first after it (any kind). */
    private static String nearestInstrument(Annotated a, String t, int at) {
        Matcher m = Pattern.compile(I).matcher(t);
        String before = null;
        String after = null;
        while (m.find()) {
            String symbol = a.instruments().get(Integer.parseInt(m.group(1)));
            if (m.start() < at) {
                before = symbol;
            } else if (after == null) {
                after = symbol;
            }
        }
        return before != null ? before : after;
    }

    /**
     * What "its highest level" is about: the instrument or series named last before {@code at} in the sentence, else
     * the one the sentences before named last ("The spread shot up to 344 basis points. That was its highest level
     * since late March.").
     */
    private String namedLast(Annotated a, String t, int at, Context context) {
        return t.substring(0, at).contains("{I") || context.lastNamed == null ? nearestSubject(a, t, at, context)
                : context.lastNamed;
    }

    /**
     * The instrument named last before {@code at} in the sentence (null when the store does not hold it), else the
     * subject of the sentences before.
     */
    private String nearestSubject(Annotated a, String t, int at, Context context) {
        Matcher m = Pattern.compile(I).matcher(t.substring(0, at));
        String found = null;
        boolean named = false;
        while (m.find()) {
            found = PART_OF.matcher(t.substring(0, m.start())).find() || MODIFIES.matcher(t.substring(m.end()))
                    .lookingAt() ? null : a.instruments().get(Integer.parseInt(m.group(1)));
            named = true;
        }
        // "the benchmark index", "the broader market": the note's main subject, not the instrument named last
        return named ? found : BENCHMARK.matcher(t.substring(0, at)).find() && context.mainSubject != null
                ? context.mainSubject : context.lastSubject;
    }

    private static final Pattern BENCHMARK = rule("\\bthe\\s+(?:benchmark|broad(?:er)?\\s+(?:market|index|gauge)"
            + "|wider\\s+market)\\b");
}
