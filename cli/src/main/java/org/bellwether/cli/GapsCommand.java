package org.bellwether.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.facts.Gaps;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports.Gap;
import org.bellwether.facts.Reports.MinuteGap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether gaps}: the holes of each daily series on its calendar, and which series are stale; with
 * {@code --intraday}, the holes of intraday bars in the sessions.
 */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = {"List the holes of daily series: sessions between a series' first and last bar with no bar",
            "(no session return spans one, and a window holding one is undefined), and the series stale on --as-of",
            "(last bar more than " + Definitions.STALE_DAILY_SESSIONS + " sessions before it). Sessions are the NYSE's,",
            "every day (24/7, UTC days) for crypto. With --intraday, the holes of intraday bars: the bars of the",
            "sessions between a series' first and last bar that are missing (no 1-minute return spans one)."})
final class GapsCommand implements Callable<Integer> {

    /** The stale series named in the text output; --json lists all. */
    private static final int SHOWN_STALE = 8;

    /** The intraday holes the text output lists per series; --json lists all. */
    private static final int SHOWN_MINUTE_HOLES = 20;

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SYM", arity = "0..*", description = "symbols (default: every symbol with daily bars)")
    private List<String> symbols;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the date staleness is judged on (default: today)")
    private LocalDate asOf;

    @Option(names = "--intraday", description = "the holes of intraday bars instead of daily ones")
    private boolean intraday;

    @Option(names = "--json", description = "print the result as one JSON document")
    private boolean json;

    @Override
    public Integer call() {
        MarketData data = new MarketData(main.store());
        if (intraday) {
            return intraday(data);
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        List<Gaps.SeriesGaps> series = Gaps.of(data, symbols == null ? null : AnalyticsCommands.symbols(symbols), date);
        if (json) {
            Output.json(spec.commandLine().getOut(), Map.of("as_of", date.toString(), "series", series));
        } else {
            print(series, date);
        }
        Output.simulatedNote(spec, data, json);
        return 0;
    }

    private int intraday(MarketData data) {
        List<Gaps.IntradayGaps> series = Gaps.intraday(data, symbols == null ? null
                : AnalyticsCommands.symbols(symbols));
        if (json) {
            Output.json(spec.commandLine().getOut(), Map.of("series", series));
        } else {
            printIntraday(series);
        }
        Output.simulatedNote(spec, data, json);
        return 0;
    }

    private void printIntraday(List<Gaps.IntradayGaps> series) {
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> rows = new ArrayList<>();
        for (Gaps.IntradayGaps one : series) {
            for (MinuteGap hole : one.holes().subList(0, Math.min(SHOWN_MINUTE_HOLES, one.holes().size()))) {
                rows.add(List.of(one.symbol(), one.intervalSeconds() + "s", hole.from(), hole.to(),
                        Output.count(hole.bars()), Output.count(hole.sessions())));
            }
        }
        Output.table(out, List.of("SYMBOL", "BAR", "FROM", "TO", "MISSING BARS", "WHOLE SESSIONS"), rows);
        for (Gaps.IntradayGaps one : series) {
            int unlisted = one.holes().size() - Math.min(SHOWN_MINUTE_HOLES, one.holes().size());
            out.println(one.symbol() + " (" + one.intervalSeconds() + "-second bars, " + one.first() + " to "
                    + one.last() + "): " + Output.count(one.bars()) + " bars, " + (one.holes().isEmpty() ? "no holes"
                            : Output.count(one.holes().size()) + " holes, " + Output.count(one.missingBars())
                                    + " bars missing" + (unlisted > 0 ? " (" + Output.count(unlisted)
                                            + " holes not listed; --json lists them)" : "")));
        }
        out.flush();
    }

    private void print(List<Gaps.SeriesGaps> series, LocalDate date) {
        List<List<String>> rows = new ArrayList<>();
        for (Gaps.SeriesGaps one : series) {
            for (Gap hole : one.holes()) {
                rows.add(List.of(one.symbol(), hole.from().toString(), hole.to().toString(), Output.count(hole.sessions()),
                        hole.byCalendar() ? one.calendar() : "own sessions (weekdays)"));
            }
        }
        Output.table(spec.commandLine().getOut(), List.of("SYMBOL", "FROM", "TO", "MISSING", "JUDGED BY"), rows);
        List<String> stale = series.stream().filter(one -> one.staleSince() != null)
                .map(one -> one.symbol() + " (last " + one.staleSince() + ")").toList();
        String named = String.join(", ", stale.subList(0, Math.min(SHOWN_STALE, stale.size())))
                + (stale.size() > SHOWN_STALE ? " and " + Output.count(stale.size() - SHOWN_STALE) + " more (--json lists "
                        + "them)" : "");
        spec.commandLine().getOut().println(Output.count(series.size()) + " series, "
                + series.stream().filter(one -> !one.holes().isEmpty()).count() + " with holes"
                + (stale.isEmpty() ? "; none stale on " + date : "; " + Output.count(stale.size()) + " stale on " + date
                        + ": " + named));
        spec.commandLine().getOut().flush();
    }
}
