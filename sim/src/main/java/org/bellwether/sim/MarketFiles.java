package org.bellwether.sim;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bellwether.sim.Scenario.EventSpec;
import org.bellwether.sim.Scenario.FundamentalsSpec;
import org.bellwether.sim.Scenario.IndexSpec;
import org.bellwether.sim.Scenario.MacroSpec;

/** Writes the simulated market as the CSV files the importers read (docs/import-formats.md). */
final class MarketFiles {

    /** The daily bar of an index on a session: open, high, low, close, volume. */
    interface IndexBar {
        double[] bar(String symbol, int session, Draws draws, IndexSpec index);
    }

    private final Path folder;
    private final Scenario scenario;
    private final long seed;
    private final List<LocalDate> sessions;
    private final String source;

    MarketFiles(Path folder, Scenario scenario, long seed, List<LocalDate> sessions) {
        this.folder = folder;
        this.scenario = scenario;
        this.seed = seed;
        this.sessions = sessions;
        this.source = Simulator.source(scenario, seed);
    }

    int instruments(Universe universe) {
        try (Csv csv = new Csv(folder.resolve("instruments.csv"),
                "symbol,name,kind,sector,aliases,inception,founded,source")) {
            for (IndexSpec index : scenario.indices()) {
                csv.text(index.symbol()).text(index.name()).text("INDEX").empty().text(String.join(";", index.aliases()))
                        .text(sessions.get(0).toString()).empty().text(source).end();
            }
            for (Company company : universe.companies()) {
                csv.text(company.symbol()).text(company.symbol() + " " + suffix(company.sector())).text("STOCK")
                        .text(company.sector()).empty().empty().whole(company.founded()).text(source).end();
            }
            return csv.rows();
        }
    }

    private static String suffix(String sector) {
        return switch (String.valueOf(sector)) {
            case "Financials" -> "Bancorp";
            case "Industrials" -> "Industries";
            case "Materials" -> "Materials Corp.";
            case "Information Technology" -> "Technologies";
            case "Health Care" -> "Health";
            case "Energy" -> "Energy";
            case "Utilities" -> "Power & Light";
            case "Real Estate" -> "Realty Trust";
            default -> "Holdings";
        };
    }

    int members(Universe universe) {
        try (Csv csv = new Csv(folder.resolve("members.csv"), "index,symbol,from,to,shares")) {
            universe.membersByIndex().forEach((index, members) -> {
                for (Company company : members) {
                    csv.text(index).text(company.symbol()).text(sessions.get(0).toString()).empty()
                            .whole((long) company.shares()).end();
                }
            });
            return csv.rows();
        }
    }

    int dailyBars(IndexBar indexBars, Universe universe) {
        try (Csv csv = new Csv(folder.resolve("daily_bars.csv"), "symbol,date,open,high,low,close,volume")) {
            for (IndexSpec index : scenario.indices()) {
                Draws draws = Draws.of(seed, "daily-bars:" + index.symbol());
                for (int t = 0; t < sessions.size(); t++) {
                    bar(csv, index.symbol(), t, indexBars.bar(index.symbol(), t, draws, index));
                }
            }
            for (Company company : universe.companies()) {
                Draws draws = Draws.of(seed, "daily-bars:" + company.symbol());
                double[] closes = universe.closes(company);
                double vol = universe.specOf(company).idiosyncraticVolPct() / 100 / Math.sqrt(252);
                double turnover = company.shares() * 0.006 * company.startPrice() / closes[0];
                for (int t = 0; t < sessions.size(); t++) {
                    bar(csv, company.symbol(), t, dailyBar(draws, t == 0 ? closes[0] : closes[t - 1], closes[t], vol,
                            turnover));
                }
            }
            return csv.rows();
        }
    }

    private void bar(Csv csv, String symbol, int t, double[] bar) {
        csv.text(symbol).text(sessions.get(t).toString()).cents(bar[0]).cents(bar[1]).cents(bar[2]).cents(bar[3])
                .whole((long) bar[4]).end();
    }

    /**
     * A daily bar from the previous close to {@code close}: an open near the previous close, wicks of about half a
     * day's volatility, and volume that rises with the size of the move; consistent after rounding to cents.
     */
    static double[] dailyBar(Draws draws, double previousClose, double close, double dailyVol, double volume) {
        double open = LevelPath.cents(previousClose * StrictMath.exp(0.25 * dailyVol * draws.normal()));
        double c = LevelPath.cents(close);
        double high = Math.max(Math.max(open, c), LevelPath.cents(Math.max(open, c)
                * StrictMath.exp(Math.abs(draws.normal()) * 0.5 * dailyVol)));
        double low = Math.min(Math.min(open, c), LevelPath.cents(Math.min(open, c)
                * StrictMath.exp(-Math.abs(draws.normal()) * 0.5 * dailyVol)));
        double move = Math.abs(StrictMath.log(close / previousClose)) / dailyVol;
        double shares = Math.rint(volume * StrictMath.exp(0.25 * draws.normal() - 0.03) * (0.7 + 0.3 * move));
        return new double[] {open, high, low, c, shares};
    }

    int intradayBars(Map<String, List<MinuteSession.Bars>> minutes, int firstIntraday) {
        try (Csv csv = new Csv(folder.resolve("intraday_bars.csv"),
                "symbol,timestamp,open,high,low,close,volume,interval_s")) {
            for (String symbol : scenario.intraday().symbols()) {
                List<MinuteSession.Bars> days = minutes.get(symbol);
                if (days == null) {
                    throw new IllegalArgumentException("intraday.symbols: " + symbol + " is not an index of the scenario");
                }
                for (int d = 0; d < days.size(); d++) {
                    Instant open = Simulator.CALENDAR.sessionOpen(sessions.get(firstIntraday + d));
                    MinuteSession.Bars bars = days.get(d);
                    for (int i = 0; i < bars.size(); i++) {
                        LocalDateTime start = open.plusSeconds(60L * i).atZone(Simulator.ZONE).toLocalDateTime();
                        csv.text(symbol).text(Simulator.exchangeTime(start)).cents(bars.open()[i]).cents(bars.high()[i])
                                .cents(bars.low()[i]).cents(bars.close()[i]).whole(bars.volume()[i]).whole(60).end();
                    }
                }
            }
            return csv.rows();
        }
    }

    /**
     * Three fiscal years (ending September 30) per company with a fundamentals spec: the planted share of zombies
     * (EBIT below interest expense in the last year), of which the strict share was below in all three years and is
     * at least ten years old; floating-rate shares and leverage drawn from the spec's ranges.
     */
    int fundamentals(Universe universe) {
        LocalDate lastYearEnd = LocalDate.of(scenario.end().minusMonths(3).getYear(), Month.SEPTEMBER, 30);
        if (lastYearEnd.isAfter(scenario.end().minusMonths(3))) {
            lastYearEnd = lastYearEnd.minusYears(1);
        }
        try (Csv csv = new Csv(folder.resolve("fundamentals.csv"), "symbol,period_end,fiscal_months,ebit,ebitda,"
                + "interest_expense,total_debt,floating_rate_debt,cash,shares_outstanding,market_cap,source")) {
            for (Map.Entry<String, List<Company>> entry : universe.membersByIndex().entrySet()) {
                FundamentalsSpec spec = universe.specOf(entry.getValue().get(0)).fundamentals();
                if (spec == null || !entry.getValue().get(0).index().equals(entry.getKey())) {
                    continue; // no spec, or the members of another index: written with their own index
                }
                List<Company> shuffled = shuffled(entry.getValue(), Draws.of(seed, "zombies:" + entry.getKey()));
                int zombies = (int) Math.round(spec.zombieShare() * shuffled.size());
                int strict = (int) Math.round(spec.strictShare() * zombies);
                for (int i = 0; i < shuffled.size(); i++) {
                    writeCompany(csv, universe, shuffled.get(i), spec, lastYearEnd, i < zombies, i < strict);
                }
            }
            return csv.rows();
        }
    }

    /** A Fisher-Yates shuffle of {@code companies} from {@code draws}. */
    private static List<Company> shuffled(List<Company> companies, Draws draws) {
        List<Company> shuffled = new ArrayList<>(companies);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            Collections.swap(shuffled, i, draws.integer(0, i));
        }
        return shuffled;
    }

    private void writeCompany(Csv csv, Universe universe, Company company, FundamentalsSpec spec, LocalDate lastYearEnd,
            boolean zombie, boolean strict) {
        Draws draws = Draws.of(seed, "fundamentals:" + company.symbol());
        double debtToCap = draws.uniform(spec.debtToCap().get(0), spec.debtToCap().get(1));
        double floating = draws.uniform(spec.floatingShare().get(0), spec.floatingShare().get(1));
        double[] closes = universe.closes(company);
        for (int year = 2; year >= 0; year--) {
            LocalDate end = lastYearEnd.minusYears(year);
            double price = closes[Math.max(0, sessionOnOrBefore(end))];
            double cap = company.capAt(price);
            double debt = cap * debtToCap * draws.uniform(0.9, 1.1);
            double rate = spec.ratePct() / 100 * draws.uniform(0.8, 1.2);
            double interest = debt * rate;
            boolean below = zombie && (year == 0 || strict);
            double coverage = below ? draws.uniform(0.15, 0.95) : StrictMath.exp(draws.uniform(StrictMath.log(1.02), StrictMath.log(12)));
            double ebit = coverage * interest;
            csv.text(company.symbol()).text(end.toString()).whole(12).cents(ebit)
                    .cents(ebit + cap * draws.uniform(0.02, 0.05)).cents(interest).cents(debt).cents(debt * floating)
                    .cents(cap * draws.uniform(0.02, 0.12)).whole((long) company.shares()).cents(cap).text(source)
                    .end();
        }
    }

    /** The session of a macro target: the last on or before its date, inside the scenario. */
    private int sessionIndex(LocalDate date, String series) {
        int index = sessionOnOrBefore(date);
        if (index < 0 || date.isAfter(scenario.end())) {
            throw new IllegalArgumentException("macro." + series + ".levels: " + date + " is outside the scenario ("
                    + scenario.start() + " to " + scenario.end() + ")");
        }
        return index;
    }

    private int sessionOnOrBefore(LocalDate date) {
        int found = Collections.binarySearch(sessions, date);
        return found >= 0 ? found : -found - 2;
    }

    /** Each macro series on every session: a random walk in basis points through its target levels. */
    int macro() {
        try (Csv csv = new Csv(folder.resolve("macro.csv"), "series_id,date,value,unit")) {
            for (MacroSpec series : scenario.macro()) {
                Draws draws = Draws.of(seed, "macro:" + series.series());
                int n = sessions.size();
                double[] steps = new double[n];
                for (int t = 1; t < n; t++) {
                    steps[t] = series.volatilityBp() / 100 * draws.studentT(4);
                }
                TreeMap<Integer, Double> targets = new TreeMap<>();
                series.levels().forEach((date, value) -> targets.put(sessionIndex(date, series.series()), value));
                double[] path = LevelPath.bend(series.startValue(), steps, new boolean[n], targets);
                for (int t = 0; t < n; t++) {
                    csv.text(series.series()).text(sessions.get(t).toString()).cents(path[t])
                            .text(series.unit()).end();
                }
            }
            return csv.rows();
        }
    }

    int events() {
        try (Csv csv = new Csv(folder.resolve("events.csv"), "timestamp,headline,kind,tags,symbols,expected_date,source")) {
            for (EventSpec event : scenario.events()) {
                csv.text(Simulator.exchangeTime(event.at())).text(event.headline())
                        .text(event.kind() == null ? "NEWS" : event.kind()).text(String.join(";", event.tags()))
                        .text(String.join(";", event.symbols()))
                        .text(event.expectedDate() == null ? null : event.expectedDate().toString()).text(source).end();
            }
            return csv.rows();
        }
    }
}
