package org.bellwether.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.facts.Gaps;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports.Gap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bellwether gaps}: the holes of each daily series on the NYSE calendar, and which series are stale. */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = {"List the holes of daily series: NYSE sessions between a series' first and last bar with no",
            "bar (no session return spans one, and a window holding one is undefined), and the series stale on",
            "--as-of (last bar more than " + Definitions.STALE_DAILY_SESSIONS + " sessions before it)."})
final class GapsCommand implements Callable<Integer> {

    /** The stale series named in the text output; --json lists all. */
    private static final int SHOWN_STALE = 8;

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SYM", arity = "0..*", description = "symbols (default: every symbol with daily bars)")
    private List<String> symbols;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the date staleness is judged on (default: today)")
    private LocalDate asOf;

    @Option(names = "--json", description = "print the result as one JSON document")
    private boolean json;

    @Override
    public Integer call() {
        MarketData data = new MarketData(main.store());
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

    private void print(List<Gaps.SeriesGaps> series, LocalDate date) {
        List<List<String>> rows = new ArrayList<>();
        for (Gaps.SeriesGaps one : series) {
            for (Gap hole : one.holes()) {
                rows.add(List.of(one.symbol(), hole.from().toString(), hole.to().toString(), Output.count(hole.sessions()),
                        hole.byCalendar() ? "XNYS" : "own sessions (weekdays)"));
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
