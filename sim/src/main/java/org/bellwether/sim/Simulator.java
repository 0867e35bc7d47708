package org.bellwether.sim;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.calendar.TradingCalendar;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportReport;
import org.bellwether.ingest.Imports;
import org.bellwether.ingest.MacroUnits;
import org.bellwether.sim.Scenario.IndexSpec;
import org.bellwether.sim.Scenario.Jump;
import org.bellwether.sim.Scenario.Resistance;

/**
 * Generates a scenario's market as CSV files in the importers' formats: the same scenario and seed always give the
 * same bytes. {@link #importFolder} imports them.
 */
public final class Simulator {

    /** The files written, in the order they are imported. */
    public static final List<String> FILES = List.of("instruments.csv", "members.csv", "daily_bars.csv",
            "intraday_bars.csv", "fundamentals.csv", "macro.csv", "events.csv");

    static final TradingCalendar CALENDAR = NyseCalendar.INSTANCE;
    static final ZoneId ZONE = CALENDAR.zone();
    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** How far below a resistance level the path stays away from its touches, as a fraction of the level. */
    private static final double CLEARANCE = 0.006;
    /** Bars over which the path may rise to a touch (or to the break). */
    private static final int APPROACH_BARS = 8;

    private final Scenario scenario;
    private final long seed;
    private final List<LocalDate> sessions;
    private final Map<LocalDate, Integer> sessionIndex = new HashMap<>();
    private final int firstIntraday;
    private final Map<String, double[]> closes = new LinkedHashMap<>(); // index symbol -> daily closes
    private final Map<String, double[]> logReturns = new HashMap<>();
    private final Map<String, List<MinuteSession.Bars>> minutes = new HashMap<>();

    private Simulator(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
        this.sessions = CALENDAR.sessions(scenario.start(), scenario.end());
        if (sessions.size() < 2) {
            throw new IllegalArgumentException("the scenario " + scenario.name() + " spans fewer than two sessions");
        }
        for (int i = 0; i < sessions.size(); i++) {
            sessionIndex.put(sessions.get(i), i);
        }
        this.firstIntraday = Math.max(1, sessions.size() - scenario.intraday().sessions());
    }

    /** The source recorded for the instruments of {@code scenario} simulated with {@code seed}. */
    public static String source(Scenario scenario, long seed) {
        return "simulated: " + scenario.name() + " (seed " + seed + ")";
    }

    /**
     * Writes the market of {@code scenario} with {@code seed} into {@code folder} as {@link #FILES}.
     *
     * @return the number of rows of each file
     */
    public static Map<String, Integer> write(Scenario scenario, long seed, Path folder) {
        return new Simulator(scenario, seed).writeAll(folder);
    }

    private Map<String, Integer> writeAll(Path folder) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (IndexSpec index : dependencyOrder()) {
            simulateIndex(index);
        }
        Universe universe = new Universe(scenario, seed, sessions, logReturns);
        MarketFiles files = new MarketFiles(folder, scenario, seed, sessions);
        rows.put("instruments.csv", files.instruments(universe));
        rows.put("members.csv", files.members(universe));
        rows.put("daily_bars.csv", files.dailyBars(this::indexBars, universe));
        rows.put("intraday_bars.csv", files.intradayBars(minutes, firstIntraday));
        rows.put("fundamentals.csv", files.fundamentals(universe));
        rows.put("macro.csv", files.macro());
        rows.put("events.csv", files.events());
        return rows;
    }

    /** The indices, each after the one it tracks. */
    private List<IndexSpec> dependencyOrder() {
        List<IndexSpec> ordered = new ArrayList<>();
        List<IndexSpec> left = new ArrayList<>(scenario.indices());
        while (!left.isEmpty()) {
            int before = left.size();
            left.removeIf(index -> {
                boolean ready = index.tracks() == null
                        || ordered.stream().anyMatch(done -> done.symbol().equals(index.tracks().symbol()));
                if (ready) {
                    ordered.add(index);
                }
                return ready;
            });
            if (left.size() == before) {
                throw new IllegalArgumentException("indices " + left.stream().map(IndexSpec::symbol).toList()
                        + " track an index the scenario does not have, or each other");
            }
        }
        return ordered;
    }

    private int indexOf(LocalDate date, String field) {
        Integer index = sessionIndex.get(date);
        if (index == null) {
            throw new IllegalArgumentException(field + ": " + date + " is not a session of the scenario ("
                    + scenario.start() + " to " + scenario.end() + ", NYSE calendar)");
        }
        return index;
    }

    private void simulateIndex(IndexSpec index) {
        Draws draws = Draws.of(seed, "index:" + index.symbol());
        int n = sessions.size();
        double dailyVol = index.volatilityPct() / 100 / Math.sqrt(252);
        double[] returns;
        if (index.tracks() == null) {
            returns = LevelPath.clusteredReturns(draws, n, index.volatilityPct(), index.tailDf());
        } else {
            double[] tracked = logReturns.get(index.tracks().symbol());
            double noise = trackingNoise(index.tracks(), Math.sqrt(MinuteSession.variance(tracked)));
            returns = new double[n];
            for (int t = 0; t < n; t++) {
                returns[t] = index.tracks().beta() * tracked[t] + noise * draws.studentT(index.tailDf());
            }
        }
        TreeMap<Integer, Double> targets = new TreeMap<>();
        index.levels().forEach((date, level) -> targets.put(indexOf(date, index.symbol() + ".levels"), level));
        double[] path = LevelPath.through(index.startLevel(), returns, new boolean[n], targets);
        for (Scenario.Ceiling ceiling : index.ceilings()) {
            LevelPath.capAt(path, ceiling.level(), indexOf(CALENDAR.isSession(ceiling.until()) ? ceiling.until()
                    : CALENDAR.previousSession(ceiling.until()), index.symbol() + ".ceilings"));
        }
        for (int t = 0; t < n; t++) {
            path[t] = LevelPath.cents(path[t]);
        }
        targets.forEach((t, level) -> path[t] = level);
        closes.put(index.symbol(), path);
        double[] realised = new double[n];
        for (int t = 1; t < n; t++) {
            realised[t] = StrictMath.log(path[t] / path[t - 1]);
        }
        logReturns.put(index.symbol(), realised);
        if (scenario.intraday().symbols().contains(index.symbol())) {
            simulateMinutes(index, path, dailyVol, draws);
        }
    }

    /** The noise that, added to {@code beta} times a series of volatility {@code sigma}, gives the correlation. */
    private static double trackingNoise(Scenario.Tracks tracks, double sigma) {
        double rho = tracks.correlation();
        return Math.abs(tracks.beta()) * sigma * Math.sqrt(1 / (rho * rho) - 1);
    }

    private void simulateMinutes(IndexSpec index, double[] path, double dailyVol, Draws draws) {
        List<MinuteSession.Bars> bars = new ArrayList<>();
        List<MinuteSession.Bars> tracked = index.tracks() == null ? null : minutes.get(index.tracks().symbol());
        if (index.tracks() != null && tracked == null) {
            throw new IllegalArgumentException(index.symbol() + " tracks " + index.tracks().symbol()
                    + " intraday, which has no 1-minute bars: add it to intraday.symbols");
        }
        for (int t = firstIntraday; t < sessions.size(); t++) {
            LocalDate date = sessions.get(t);
            int m = (int) ((CALENDAR.sessionClose(date).getEpochSecond() - CALENDAR.sessionOpen(date).getEpochSecond())
                    / 60);
            double[] increments = MinuteSession.increments(draws, m, dailyVol, index.tailDf());
            if (tracked != null) {
                double[] base = logIncrements(tracked.get(t - firstIntraday));
                double noise = trackingNoise(index.tracks(), Math.sqrt(MinuteSession.variance(base)));
                for (int i = 0; i < m; i++) {
                    increments[i] = index.tracks().beta() * base[i] + noise * increments[i] / (dailyVol / Math.sqrt(m));
                }
            }
            double open = path[t - 1] * StrictMath.exp(0.2 * dailyVol * draws.normal());
            MinuteSession.Shape shape = shape(index.symbol(), date, increments, path[t - 1]);
            Jump gap = jumpAt(index.symbol(), date, 0);
            if (gap != null) {
                open = path[t - 1] * (1 + gap.pct() / 100);
            }
            bars.add(MinuteSession.generate(draws, open, path[t], shape, index.dailyVolume()));
        }
        minutes.put(index.symbol(), bars);
    }

    /** Log increments of a session's closes, the first from its open. */
    private static double[] logIncrements(MinuteSession.Bars bars) {
        double[] increments = new double[bars.size()];
        double previous = bars.open()[0];
        for (int i = 0; i < increments.length; i++) {
            increments[i] = StrictMath.log(bars.close()[i] / previous);
            previous = bars.close()[i];
        }
        return increments;
    }

    private Jump jumpAt(String symbol, LocalDate date, int minute) {
        LocalDateTime at = CALENDAR.sessionOpen(date).atZone(ZONE).toLocalDateTime().plusMinutes(minute);
        return scenario.jumps().stream().filter(jump -> jump.symbol().equals(symbol) && jump.at().equals(at))
                .findFirst().orElse(null);
    }

    /** Jumps, resistance touches and breaks of {@code symbol} on {@code date}, as a session shape. */
    private MinuteSession.Shape shape(String symbol, LocalDate date, double[] increments, double previousClose) {
        int m = increments.length;
        boolean[] fixed = new boolean[m];
        for (int i = 1; i < m; i++) {
            Jump jump = jumpAt(symbol, date, i);
            if (jump != null) {
                increments[i] = StrictMath.log(1 + jump.pct() / 100);
                fixed[i] = true;
            }
        }
        TreeMap<Integer, Double> pins = new TreeMap<>();
        double[] caps = new double[m];
        Arrays.fill(caps, Double.NaN);
        double level = Double.NaN;
        List<Integer> touches = new ArrayList<>();
        double volume = 1;
        for (Resistance resistance : scenario.resistances()) {
            if (!resistance.symbol().equals(symbol) || date.isAfter(resistance.breakAt().toLocalDate())) {
                continue;
            }
            level = resistance.level();
            // the path stays clear of the level, rising to it only in the minutes around a touch
            Arrays.fill(caps, level * (1 - CLEARANCE));
            for (LocalDateTime touch : resistance.touches()) {
                if (touch.toLocalDate().equals(date)) {
                    int bar = minuteOf(date, touch, m, "resistances.touches");
                    touches.add(bar);
                    pins.put(bar, level * 0.9985);
                    approach(caps, bar, level, APPROACH_BARS);
                }
            }
            if (resistance.breakAt().toLocalDate().equals(date)) {
                int bar = minuteOf(date, resistance.breakAt(), m, "resistances.break_at");
                approach(caps, bar, level * 0.999, 2 * APPROACH_BARS);
                Arrays.fill(caps, bar, m, Double.NaN);
                pins.put(bar - 1, level * 0.9984);
                pins.put(bar, level * 1.0075);
                volume = resistance.volumeMultiple();
            }
        }
        return new MinuteSession.Shape(increments, fixed, pins, caps, level,
                touches.stream().mapToInt(Integer::intValue).toArray(), volume);
    }

    /** Raises the caps of the bars within {@code bars} of {@code bar} linearly toward {@code top} at the bar. */
    private static void approach(double[] caps, int bar, double top, int bars) {
        for (int i = Math.max(0, bar - bars); i <= Math.min(caps.length - 1, bar + bars); i++) {
            double distance = Math.abs(i - bar) / (double) bars;
            caps[i] = Math.max(caps[i], top * (1 - CLEARANCE * distance));
        }
    }

    private int minuteOf(LocalDate date, LocalDateTime time, int m, String field) {
        long minute = (time.atZone(ZONE).toEpochSecond() - CALENDAR.sessionOpen(date).getEpochSecond()) / 60;
        if (minute < 1 || minute >= m - 1) {
            throw new IllegalArgumentException(field + ": " + time + " is not inside the session of " + date);
        }
        return (int) minute;
    }

    /** The daily bar of index {@code symbol} on session {@code t}: open, high, low, close, volume. */
    private double[] indexBars(String symbol, int t, Draws draws, IndexSpec index) {
        List<MinuteSession.Bars> sessionBars = minutes.get(symbol);
        if (sessionBars != null && t >= firstIntraday) {
            MinuteSession.Bars bars = sessionBars.get(t - firstIntraday);
            return new double[] {bars.open()[0], bars.dailyHigh(), bars.dailyLow(), bars.close()[bars.size() - 1],
                bars.dailyVolume()};
        }
        double[] path = closes.get(symbol);
        double dailyVol = index.volatilityPct() / 100 / Math.sqrt(252);
        return MarketFiles.dailyBar(draws, t == 0 ? path[0] : path[t - 1], path[t], dailyVol, index.dailyVolume());
    }

    /**
     * Imports the files {@link #write} wrote into the store behind {@code imports}, each in its own transaction;
     * files without rows (a scenario without macro series, say) are left out.
     */
    public static List<ImportReport> importFolder(Imports imports, Path folder, Map<String, Integer> rows) {
        List<ImportReport> reports = new ArrayList<>();
        for (String file : FILES) {
            if (rows.getOrDefault(file, 0) > 0) {
                reports.add(importFile(imports, folder.resolve(file)));
            }
        }
        return reports;
    }

    private static ImportReport importFile(Imports imports, Path file) {
        return switch (file.getFileName().toString()) {
            case "instruments.csv" -> imports.instruments(file);
            case "members.csv" -> imports.members(file);
            case "daily_bars.csv", "intraday_bars.csv" -> imports.bars(file, BarOptions.defaults());
            case "fundamentals.csv" -> imports.fundamentals(file);
            case "macro.csv" -> imports.macro(file, null, MacroUnits.NONE);
            case "events.csv" -> imports.events(file, ZONE);
            default -> throw new IllegalArgumentException(file.toString());
        };
    }

    /** An instant's ISO form with the exchange's offset, e.g. 2026-01-21T12:30:00-05:00. */
    static String exchangeTime(LocalDateTime time) {
        return time.atZone(ZONE).format(OFFSET_TIME);
    }
}
