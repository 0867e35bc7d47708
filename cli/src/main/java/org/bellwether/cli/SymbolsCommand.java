package org.bellwether.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.bellwether.facts.Gaps;
import org.bellwether.facts.KnownInstruments;
import org.bellwether.facts.MarketData;
import org.bellwether.store.SymbolSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bellwether symbols}: what the store holds, one row per instrument or series. */
@Command(name = "symbols", mixinStandardHelpOptions = true,
        description = {"List the instruments and series in the store: kind and name (the instruments table's, else",
            "the built-in reference's), first and last date, daily and intraday",
            "bars, the holes of the daily bars (sessions with no bar: the NYSE's, every day for crypto) and of the",
            "intraday bars (bars missing in the sessions); bellwether gaps [--intraday] lists them."})
final class SymbolsCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print the result as one JSON document")
    private boolean json;

    @Override
    public Integer call() {
        List<SymbolSummary> symbols = SymbolSummary.list(main.store());
        MarketData data = new MarketData(main.store());
        Map<String, Gaps.SeriesGaps> gaps = new HashMap<>();
        for (Gaps.SeriesGaps one : Gaps.of(data, null, LocalDate.now())) {
            gaps.put(one.symbol(), one);
        }
        Map<String, List<Gaps.IntradayGaps>> intraday = new HashMap<>();
        for (Gaps.IntradayGaps one : Gaps.intraday(data, null)) {
            intraday.computeIfAbsent(one.symbol(), symbol -> new ArrayList<>()).add(one);
        }
        print(spec, symbols, gaps, intraday, json);
        Output.simulatedNote(spec, data, json);
        return 0;
    }

    private static void print(CommandSpec spec, List<SymbolSummary> symbols, Map<String, Gaps.SeriesGaps> gaps,
            Map<String, List<Gaps.IntradayGaps>> intraday, boolean json) {
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SymbolSummary symbol : symbols) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("symbol", symbol.symbol());
                row.put("name", name(symbol));
                row.put("kind", kind(symbol));
                row.put("first_date", Objects.toString(symbol.firstDate(), null));
                row.put("last_date", Objects.toString(symbol.lastDate(), null));
                row.put("daily_bars", symbol.dailyBars());
                row.put("intraday_bars", symbol.intradayBars());
                Gaps.SeriesGaps daily = gaps.get(symbol.symbol());
                row.put("holes", daily == null ? List.of() : daily.holes());
                row.put("intraday_holes", intraday.getOrDefault(symbol.symbol(), List.of()).stream()
                        .flatMap(series -> series.holes().stream()).toList());
                rows.add(row);
            }
            Output.json(spec.commandLine().getOut(), Map.of("symbols", rows));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SymbolSummary symbol : symbols) {
            rows.add(List.of(symbol.symbol(), Objects.toString(kind(symbol), "-"), Objects.toString(name(symbol), ""),
                    Objects.toString(symbol.firstDate(), "-"), Objects.toString(symbol.lastDate(), "-"),
                    Output.count(symbol.dailyBars()), Output.count(symbol.intradayBars()), holes(gaps.get(symbol.symbol())),
                    intradayHoles(intraday.getOrDefault(symbol.symbol(), List.of()))));
        }
        Output.table(spec.commandLine().getOut(), List.of("SYMBOL", "KIND", "NAME", "FIRST", "LAST", "DAILY", "INTRADAY",
                "HOLES", "INTRADAY HOLES"), rows);
    }

    /** The instrument's name in the store, else in the built-in reference (BTC-USD: bitcoin), else null. */
    private static String name(SymbolSummary symbol) {
        return symbol.name() != null ? symbol.name()
                : KnownInstruments.bySymbol(symbol.symbol()).map(KnownInstruments.Known::name).orElse(null);
    }

    /** As {@link #name}, the kind. */
    private static String kind(SymbolSummary symbol) {
        return symbol.kind() != null ? symbol.kind()
                : KnownInstruments.bySymbol(symbol.symbol()).map(KnownInstruments.Known::kind).orElse(null);
    }

    /** "2 (397 bars missing)", "-" without holes or intraday bars. */
    private static String intradayHoles(List<Gaps.IntradayGaps> series) {
        int holes = series.stream().mapToInt(one -> one.holes().size()).sum();
        return holes == 0 ? "-" : holes + " (" + Output.count(series.stream().mapToLong(Gaps.IntradayGaps::missingBars)
                .sum()) + " bars missing)";
    }

    /** "2 (571 missing)", "-" without holes or daily bars. */
    private static String holes(Gaps.SeriesGaps daily) {
        return daily == null || daily.holes().isEmpty() ? "-"
                : daily.holes().size() + " (" + Output.count(daily.missingSessions()) + " missing)";
    }
}
