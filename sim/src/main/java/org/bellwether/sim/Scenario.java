package org.bellwether.sim;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A market to simulate, read from a YAML (or JSON) file; docs/simulator.md documents every field. Times are
 * exchange-local (America/New_York) date-times; percentages are percent (2.0 = 2%).
 *
 * @param name the scenario's name, recorded as the data's source
 * @param start the first session
 * @param end the last session
 * @param intraday which symbols get 1-minute bars, for how many of the last sessions
 * @param indices the indices, each with its level path and members
 * @param sectorTilts extra returns of an index's members of one sector over a period
 * @param topTilts extra returns of an index's largest members over a period
 * @param resistances levels that hold on given touches and break at a given minute
 * @param jumps steps in a symbol's price at a given minute
 * @param macro macro series (yields, spreads)
 * @param events news and scheduled releases
 */
public record Scenario(String name, String description, LocalDate start, LocalDate end, Intraday intraday,
        List<IndexSpec> indices, List<Tilt> sectorTilts, List<Tilt> topTilts, List<Resistance> resistances,
        List<Jump> jumps, List<MacroSpec> macro, List<EventSpec> events) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Fills the optional lists with empty ones and checks what the generator relies on. */
    public Scenario {
        require(name != null && !name.isBlank(), "name", "a name");
        require(start != null && end != null && start.isBefore(end), "start/end", "a start date before the end date");
        require(indices != null && !indices.isEmpty(), "indices", "at least one index");
        intraday = intraday == null ? new Intraday(0, List.of()) : intraday;
        sectorTilts = sectorTilts == null ? List.of() : List.copyOf(sectorTilts);
        topTilts = topTilts == null ? List.of() : List.copyOf(topTilts);
        resistances = resistances == null ? List.of() : List.copyOf(resistances);
        jumps = jumps == null ? List.of() : List.copyOf(jumps);
        macro = macro == null ? List.of() : List.copyOf(macro);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** 1-minute bars for {@code symbols} over the last {@code sessions} sessions. */
    public record Intraday(int sessions, List<String> symbols) {
        public Intraday {
            symbols = symbols == null ? List.of() : List.copyOf(symbols);
        }
    }

    /**
     * An index: its own level path (a seeded random walk through the target {@code levels}) and its members.
     *
     * @param startLevel the close of the first session
     * @param volatilityPct annualised volatility of daily returns
     * @param tailDf degrees of freedom of the Student-t innovations (fat tails); default 4
     * @param dailyVolume average daily volume
     * @param levels target closes on given sessions, hit exactly
     * @param ceilings closes stay at or below a level up to a date (e.g. so that later closes are all-time records)
     * @param tracks another index this one follows (beta and correlation of returns, daily and intraday)
     */
    public record IndexSpec(String symbol, String name, List<String> aliases, double startLevel, double volatilityPct,
            Integer tailDf, double dailyVolume, TreeMap<LocalDate, Double> levels, List<Ceiling> ceilings,
            Tracks tracks, MemberSpec members) {
        public IndexSpec {
            require(symbol != null, "indices.symbol", "a symbol");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            tailDf = tailDf == null ? 4 : tailDf;
            levels = levels == null ? new TreeMap<>() : new TreeMap<>(levels);
            ceilings = ceilings == null ? List.of() : List.copyOf(ceilings);
            require(startLevel > 0, symbol + ".start_level", "a positive level");
            require(volatilityPct > 0, symbol + ".volatility_pct", "a positive volatility");
            require(tailDf > 2, symbol + ".tail_df", "more than 2 degrees of freedom");
        }
    }

    /** Closes stay at or below {@code level} on sessions up to {@code until}. */
    public record Ceiling(LocalDate until, double level) {
    }

    /** Returns follow {@code symbol}'s with {@code beta} and {@code correlation}. */
    public record Tracks(String symbol, double beta, double correlation) {
        public Tracks {
            require(correlation > 0 && correlation <= 1, "tracks.correlation", "a correlation in (0, 1]");
        }
    }

    /**
     * The members of an index: either {@code count} new companies, or ({@code fromIndex}) the {@code count} largest
     * members of another index, optionally only of some sectors.
     *
     * @param largestCap market cap of the largest member; the others follow a Zipf law with exponent {@code zipf}
     * @param beta loadings on the index's returns, drawn uniformly from this range
     * @param sectors GICS sectors with their share of the index's market cap
     * @param founded founding years, drawn uniformly from this range
     */
    public record MemberSpec(int count, String prefix, FromIndex fromIndex, Double largestCap, Double zipf,
            List<Double> beta, Double idiosyncraticVolPct, Double sectorVolPct, List<SectorWeight> sectors,
            List<Integer> founded, FundamentalsSpec fundamentals) {
        public MemberSpec {
            require(count > 0, "members.count", "a positive count");
            beta = beta == null ? List.of(1.0, 1.0) : List.copyOf(beta);
            idiosyncraticVolPct = idiosyncraticVolPct == null ? 30.0 : idiosyncraticVolPct;
            sectorVolPct = sectorVolPct == null ? 10.0 : sectorVolPct;
            zipf = zipf == null ? 0.8 : zipf;
            sectors = sectors == null ? List.of() : List.copyOf(sectors);
            founded = founded == null ? List.of(1950, 2015) : List.copyOf(founded);
        }
    }

    /** The largest members of {@code symbol} (of {@code sectors} only, when given). */
    public record FromIndex(String symbol, List<String> sectors) {
        public FromIndex {
            sectors = sectors == null ? List.of() : List.copyOf(sectors);
        }
    }

    /** A sector's share of an index's market cap. */
    public record SectorWeight(String name, double weight) {
    }

    /**
     * How the members' annual fundamentals are drawn.
     *
     * @param zombieShare share of members whose interest coverage (EBIT / interest) is below 1 in the last year
     * @param strictShare share of those zombies that were below 1 in each of the three years
     * @param floatingShare range of the floating-rate share of debt
     * @param debtToCap range of total debt as a multiple of market cap
     * @param ratePct average interest rate paid on debt
     */
    public record FundamentalsSpec(double zombieShare, double strictShare, List<Double> floatingShare,
            List<Double> debtToCap, double ratePct) {
    }

    /** Members of {@code index} in {@code sector} (sector tilts) or its {@code top} largest (top tilts) return
     * {@code excessPct} more from the close of {@code from} to the close of {@code to}. */
    public record Tilt(String index, String sector, Integer top, LocalDate from, LocalDate to, double excessPct) {
    }

    /**
     * A level that acts as resistance: the symbol's 1-minute highs reach it at each of {@code touches} and stay below
     * it otherwise, until the close of the bar at {@code breakAt} goes through it on {@code volumeMultiple} times the
     * usual volume (the whole session's).
     */
    public record Resistance(String symbol, double level, List<LocalDateTime> touches, LocalDateTime breakAt,
            double volumeMultiple) {
        public Resistance {
            touches = touches == null ? List.of() : List.copyOf(touches);
        }
    }

    /** A step of {@code pct} percent in {@code symbol}'s price in the minute starting {@code at}. */
    public record Jump(String symbol, LocalDateTime at, double pct) {
    }

    /** A macro series: a random walk of {@code volatilityBp} basis points a day through the target {@code levels}. */
    public record MacroSpec(String series, String unit, double startValue, double volatilityBp,
            TreeMap<LocalDate, Double> levels) {
        public MacroSpec {
            levels = levels == null ? new TreeMap<>() : new TreeMap<>(levels);
        }
    }

    /** An event at an exchange-local time. */
    public record EventSpec(LocalDateTime at, String headline, String kind, List<String> tags, List<String> symbols,
            LocalDate expectedDate) {
        public EventSpec {
            tags = tags == null ? List.of() : List.copyOf(tags);
            symbols = symbols == null ? List.of() : List.copyOf(symbols);
        }
    }

    /** The scenarios that ship with Bellwether, by name. */
    public static final Map<String, String> BUILT_IN = Map.of("small-cap-breakout-2026",
            "the January 2026 small-cap breakout of the reference story");

    /** The built-in scenario {@code name}, or the scenario file {@code nameOrFile}. */
    public static Scenario load(String nameOrFile) {
        if (BUILT_IN.containsKey(nameOrFile)) {
            try (InputStream in = Scenario.class.getResourceAsStream("scenarios/" + nameOrFile + ".yaml")) {
                return parse(in, nameOrFile);
            } catch (IOException e) {
                throw new IllegalStateException("the built-in scenario " + nameOrFile + " is missing from the build", e);
            }
        }
        Path file = Path.of(nameOrFile);
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no scenario " + nameOrFile + ": neither a built-in one ("
                    + String.join(", ", BUILT_IN.keySet()) + ") nor a file");
        } catch (IOException e) {
            throw new IllegalArgumentException("could not read the scenario " + file + ": " + e.getMessage(), e);
        }
    }

    private static Scenario parse(InputStream in, String source) throws IOException {
        try {
            Scenario scenario = YAML.readValue(in, Scenario.class);
            if (scenario == null) { // an empty document, or "~" (found by fuzzing)
                throw new IllegalArgumentException(source + ": holds no scenario; expected a mapping with a seed, "
                        + "sessions and indices (docs/simulator.md)");
            }
            return scenario;
        } catch (UnrecognizedPropertyException e) {
            // records are read whole before their fields are matched: the line is where the entry ends
            throw new IllegalArgumentException(source + ": unknown field '" + e.getPropertyName() + "' in "
                    + path(e) + " (the entry ending on line " + e.getLocation().getLineNr() + "); expected one of "
                    + e.getKnownPropertyIds(), e);
        } catch (JsonMappingException e) {
            String where = e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr();
            Throwable cause = e.getCause() instanceof IllegalArgumentException bad ? bad : e;
            throw new IllegalArgumentException(source + where + " (" + path(e) + "): " + firstLine(cause.getMessage()),
                    e);
        }
    }

    /** Where in the document the error is, e.g. indices[0].members. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the scenario" : path.toString();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void require(boolean condition, String field, String expected) {
        if (!condition) {
            throw new IllegalArgumentException(field + ": expected " + expected);
        }
    }
}
