package org.bellwether.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.cli.AnalyticsCommands.DateRange;
import org.bellwether.cli.AnalyticsCommands.IndexAsOf;
import org.bellwether.cli.AnalyticsCommands.Query;
import org.bellwether.facts.BalanceSheetFacts;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.MacroFacts;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Balance sheets, rates and the calendar: screen zombies, rates, sensitivity, calendar. Definitions: DESIGN.md. */
final class MacroCommands {

    private MacroCommands() {
    }

    @Command(name = "zombies", mixinStandardHelpOptions = true,
            description = {"Members of an index whose EBIT does not cover their interest expense (coverage below 1) in",
                "their latest fiscal year (no older than 15 months), and the strict form (three consecutive years,",
                "firm at least ten years old); by sector, with leverage and the floating-rate share of debt."})
    static final class Zombies extends Query {
        @Mixin
        private IndexAsOf at = new IndexAsOf();

        @Option(names = "--vs", paramLabel = "INDEX", description = "another index to compare, on the same date")
        private String vs;

        @Override
        Object run(FactsEngine engine) {
            BalanceSheetFacts facts = new BalanceSheetFacts(new MarketData(store()));
            Reports.Zombies screen = facts.zombies(at.index(), at.asOf);
            return vs == null ? screen : screen.comparedWith(facts.zombies(Validation.symbol("--vs", vs), at.asOf));
        }

        @Override
        void printText(Object report) {
            Reports.Zombies screen = (Reports.Zombies) report;
            summary(screen);
            List<List<String>> rows = new ArrayList<>();
            for (Reports.ZombieSector sector : screen.bySector()) {
                rows.add(List.of(sector.sector(), String.valueOf(sector.members()), String.valueOf(sector.withData()),
                        String.valueOf(sector.zombies()), Output.number(sector.sharePct(), 1) + "%"));
            }
            table(List.of("SECTOR", "MEMBERS", "WITH DATA", "ZOMBIES", "SHARE"), rows);
            if (screen.compare() != null) {
                summary(screen.compare());
            }
        }

        private void summary(Reports.Zombies screen) {
            line(screen.index() + " on " + screen.asOf() + ": " + screen.zombies() + " of " + screen.withData()
                    + " members with fundamentals (of " + screen.members() + ") cannot cover their interest: "
                    + Output.number(screen.sharePct(), 1) + "%; strict form " + screen.strictZombies() + " ("
                    + Output.number(screen.strictSharePct(), 1) + "%)");
            line("  floating-rate share of debt " + Output.number(screen.aggregates()
                    .get("floating_share_of_debt_pct"), 1) + "%, debt/EBITDA " + Output.number(screen.aggregates()
                    .get("leverage_cap_weighted"), 2) + " cap-weighted, " + Output.number(screen.aggregates()
                    .get("leverage_equal_weighted"), 2) + " equal-weighted");
        }
    }

    @Command(name = "rates", mixinStandardHelpOptions = true,
            description = {"Levels of the macro series as of a date and their changes in basis points over one day,",
                "one week, month- and year-to-date; credit spreads tightening or widening month-to-date."})
    static final class Rates extends Query {
        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the date")
        private LocalDate asOf;

        @Override
        Object run(FactsEngine engine) {
            return new MacroFacts(new MarketData(store())).rates(asOf);
        }

        @Override
        void printText(Object report) {
            List<List<String>> rows = new ArrayList<>();
            for (Reports.RateRow row : ((Reports.Rates) report).series()) {
                rows.add(List.of(row.series(), row.date().toString(), Output.number(row.level(), 2),
                        Output.number(row.change_1dBp(), 0), Output.number(row.change_1wBp(), 0),
                        Output.number(row.changeMtdBp(), 0), Output.number(row.changeYtdBp(), 0),
                        row.spreadMove() == null ? "" : row.spreadMove()));
            }
            table(List.of("SERIES", "DATE", "LEVEL", "1D BP", "1W BP", "MTD BP", "YTD BP", "SPREAD"), rows);
        }
    }

    @Command(name = "sensitivity", mixinStandardHelpOptions = true,
            description = {"OLS slope of a symbol's daily returns on the daily changes of a series (percent per 100",
                "bp), with its t-statistic and R², on the dates both have; --window adds the rolling slope."})
    static final class Sensitivity extends Query {
        @Parameters(paramLabel = "SYM", description = "the symbol")
        private String symbol;

        @Option(names = {"--series", "--on"}, required = true, paramLabel = "SERIES", description = "the series, "
                + "e.g. DGS2")
        private String series;

        @Mixin
        private DateRange range = new DateRange();

        @Option(names = "--window", paramLabel = "N", defaultValue = "0", description = "also the slope over each N "
                + "observations")
        private int window;

        @Override
        Object run(FactsEngine engine) {
            range.check();
            if (window < 0 || window == 1) {
                throw new IllegalArgumentException("--window must be 0 (none) or at least 2, but was " + window);
            }
            return new MacroFacts(new MarketData(store())).sensitivity(Validation.symbol("SYM", symbol),
                    Validation.symbol("--series", series), range.from, range.to, window);
        }

        @Override
        void printText(Object report) {
            Reports.Sensitivity fit = (Reports.Sensitivity) report;
            line(fit.symbol() + " on " + fit.series() + " from " + fit.from() + " to " + fit.to() + ", "
                    + fit.observations() + " daily changes: " + Output.number(fit.slopePctPer_100bp(), 2)
                    + "% per 100 bp (t = " + Output.number(fit.tStat(), 2) + ", R² = "
                    + Output.number(fit.rSquared(), 3) + ")");
        }
    }

    @Command(name = "calendar", mixinStandardHelpOptions = true,
            description = {"Scheduled releases and other events in a date range, and the next scheduled release",
                "(economic release or earnings) after --as-of (default: --to)."})
    static final class CalendarCommand extends Query {
        @Mixin
        private DateRange range = new DateRange();

        @Option(names = "--as-of", paramLabel = "DATE", description = "find the next catalyst after this date")
        private LocalDate asOf;

        @Override
        Object run(FactsEngine engine) {
            range.check();
            return new MacroFacts(new MarketData(store())).calendar(range.from, range.to,
                    asOf == null ? range.to : asOf);
        }

        @Override
        void printText(Object report) {
            Reports.Calendar calendar = (Reports.Calendar) report;
            List<List<String>> rows = new ArrayList<>();
            for (Reports.CalendarEvent event : calendar.events()) {
                rows.add(List.of(event.time(), event.kind(), event.headline(), String.join(";", event.tags())));
            }
            table(List.of("TIME", "KIND", "HEADLINE", "TAGS"), rows);
            Reports.CalendarEvent next = calendar.nextCatalyst();
            line(next == null ? "No scheduled release in the year after." : "Next catalyst: " + next.headline()
                    + " at " + next.time());
        }
    }
}
