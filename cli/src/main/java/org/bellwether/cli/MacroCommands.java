package org.bellwether.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bellwether.cli.AnalyticsCommands.DateRange;
import org.bellwether.cli.AnalyticsCommands.IndexAsOf;
import org.bellwether.cli.AnalyticsCommands.Query;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.core.model.Event;
import org.bellwether.facts.BalanceSheetFacts;
import org.bellwether.facts.EventFacts;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.MacroFacts;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;
import picocli.CommandLine.ArgGroup;
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
                    + Output.number(screen.strictSharePct(), 1) + "%" + (screen.strictUndetermined() == 0 ? ""
                    : ", " + screen.strictUndetermined() + " undetermined: founding year or three years unknown") + ")"
                    + Output.partial(screen, "fundamentals"));
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
                        row.staleSince() != null ? "stale since " + row.staleSince()
                                : row.spreadMove() == null ? "" : row.spreadMove()));
            }
            table(List.of("SERIES", "DATE", "LEVEL", "1D BP", "1W BP", "MTD BP", "YTD BP", "NOTE"), rows);
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
                    Validation.seriesId(series), range.from, range.to, window);
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

    @Command(name = "event-study", mixinStandardHelpOptions = true,
            description = {"Market-model event study: alpha and beta on sessions -250 to -11 before day 0, abnormal",
                "returns over the window, their sum (CAR) with its t-statistic; for an event inside a session, the",
                "move over the following minutes against the same minutes of the previous 20 sessions."})
    static final class EventStudy extends Query {
        @ArgGroup(exclusive = true, multiplicity = "1")
        private Which which;

        static final class Which {
            @Option(names = "--event", paramLabel = "ID", description = "a stored event (bellwether calendar --json "
                    + "lists the ids)")
            private String id;

            @Option(names = "--date", paramLabel = "DATETIME", description = "a time, e.g. 2026-01-21T08:05 (New "
                    + "York) or with an offset")
            private String time;
        }

        @Option(names = "--symbols", required = true, split = ",", paramLabel = "SYM", description = "the symbols "
                + "(comma-separated)")
        private List<String> symbols;

        @Option(names = "--vs", required = true, paramLabel = "SYM", description = "the market")
        private String vs;

        @Option(names = "--before", defaultValue = "1", paramLabel = "N", description = "sessions before day 0 in "
                + "the window (default: ${DEFAULT-VALUE})")
        private int before;

        @Option(names = "--after", defaultValue = "1", paramLabel = "N", description = "sessions after day 0 "
                + "(default: ${DEFAULT-VALUE})")
        private int after;

        @Option(names = "--minutes", defaultValue = "30", paramLabel = "N", description = "minutes after an intraday "
                + "event (default: ${DEFAULT-VALUE})")
        private int minutes;

        @Override
        Object run(FactsEngine engine) {
            if (before < 0 || after < 0 || before > 20 || after > 20) {
                throw new IllegalArgumentException("--before and --after must be between 0 and 20 sessions");
            }
            EventFacts facts = new EventFacts(new MarketData(store()), NyseCalendar.INSTANCE);
            Instant time;
            String label;
            if (which.id != null) {
                Event event = facts.event(which.id);
                time = event.time();
                label = event.headline();
            } else {
                time = Validation.instant("--date", which.time, NyseCalendar.INSTANCE.zone());
                label = "event at " + which.time;
            }
            return facts.study(time, label, AnalyticsCommands.symbols(symbols), Validation.symbol("--vs", vs), before,
                    after, minutes);
        }

        @Override
        void printText(Object report) {
            Reports.EventStudy study = (Reports.EventStudy) report;
            line(study.event() + " (" + study.time() + "), day 0 " + study.day0() + ", against " + study.vs());
            for (Reports.EventResult result : study.results()) {
                line("  " + result.symbol() + ": CAR " + Output.number(result.carPct(), 2) + "% over sessions "
                        + study.window().get(0) + " to +" + study.window().get(1) + " (t = "
                        + Output.number(result.tStat(), 2) + "); beta " + Output.number(result.beta(), 2) + " on "
                        + result.estimationReturns() + " returns");
                for (Reports.AbnormalReturn row : result.returns()) {
                    line("    " + row.date() + " day " + row.day() + ": " + Output.number(row.returnPct(), 2)
                            + "%, market " + Output.number(row.marketPct(), 2) + "%, abnormal "
                            + Output.number(row.abnormalPct(), 2) + "%");
                }
                if (result.intraday() != null) {
                    Reports.IntradayMove move = result.intraday();
                    line("    over the next " + move.minutes() + " min: " + Output.number(move.movePct(), 2)
                            + "% against " + Output.number(move.usualMeanPct(), 2) + "% ± "
                            + Output.number(move.usualSdPct(), 2) + "% usually (z = " + Output.number(move.z(), 1)
                            + ")");
                }
            }
        }
    }

    @Command(name = "catalysts", mixinStandardHelpOptions = true,
            description = {"The largest moves of a symbol in a range, each with the events of the 24 hours before;",
                "with --k, only moves of at least k standard deviations of the previous 63 returns."})
    static final class Catalysts extends Query {
        @Parameters(paramLabel = "SYM", description = "the symbol")
        private String symbol;

        @Mixin
        private DateRange range = new DateRange();

        @Option(names = "--top", defaultValue = "5", paramLabel = "N", description = "how many moves (default: "
                + "${DEFAULT-VALUE})")
        private int top;

        @Option(names = "--k", defaultValue = "0", paramLabel = "K", description = "only large moves, |z| >= K "
                + "(default: ${DEFAULT-VALUE}, every session)")
        private double k;

        @Override
        Object run(FactsEngine engine) {
            range.check();
            if (top < 1) {
                throw new IllegalArgumentException("--top must be at least 1, but was " + top);
            }
            return new EventFacts(new MarketData(store()), NyseCalendar.INSTANCE).catalysts(
                    Validation.symbol("SYM", symbol), range.from, range.to, top, k);
        }

        @Override
        void printText(Object report) {
            for (Reports.MoveCatalysts move : ((Reports.Catalysts) report).moves()) {
                line(move.date() + " " + Output.number(move.returnPct(), 2) + "%" + (move.events().isEmpty()
                        ? "  (no event in the 24 hours before)" : ""));
                move.events().forEach(event -> line("    " + event.time() + "  " + event.headline()));
            }
        }
    }

    @Command(name = "whatif", mixinStandardHelpOptions = true,
            description = {"The zombie screen of an index before and after a shock: --rates adds to the rate paid on",
                "floating-rate debt; --tariff SECTOR=PCT cuts that sector's EBIT by its input-cost share times the",
                "tariff (docs/balance-sheets.md lists the shares). By sector."})
    static final class WhatIf extends Query {
        @Mixin
        private IndexAsOf at = new IndexAsOf();

        @Option(names = "--rates", paramLabel = "BP", defaultValue = "0bp", description = "e.g. +100bp or -50bp")
        private String rates;

        @Option(names = "--tariff", paramLabel = "SECTOR=PCT", description = "e.g. Materials=25% (repeatable)")
        private Map<String, String> tariffs = new LinkedHashMap<>();

        @Override
        Object run(FactsEngine engine) {
            Map<String, Double> tariffsPct = new LinkedHashMap<>();
            tariffs.forEach((sector, pct) -> tariffsPct.put(sector, number("--tariff " + sector, pct, "%")));
            double ratesBp = number("--rates", rates, "bp");
            MarketData data = new MarketData(store());
            return new BalanceSheetFacts(data).whatIf(at.index(), at.asOf, ratesBp, tariffsPct);
        }

        /** {@code +100bp}, {@code -50}, {@code 25%}: a number with an optional sign and unit. */
        private static double number(String option, String text, String unit) {
            String value = text.trim().toLowerCase(Locale.ROOT);
            value = value.endsWith(unit) ? value.substring(0, value.length() - unit.length()) : value;
            try {
                return Double.parseDouble(value.startsWith("+") ? value.substring(1) : value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a number of " + unit + ", e.g. +100" + unit
                        + ", but was " + text);
            }
        }

        @Override
        void printText(Object report) {
            Reports.WhatIf whatIf = (Reports.WhatIf) report;
            line(whatIf.index() + " on " + whatIf.asOf() + ", rates " + Output.number(whatIf.ratesBp(), 0)
                    + " bp on floating-rate debt" + (whatIf.tariffsPct().isEmpty() ? "" : ", tariffs "
                    + whatIf.tariffsPct()) + ": zombies " + whatIf.zombiesBefore() + " ("
                    + Output.number(whatIf.shareBeforePct(), 1) + "%) -> " + whatIf.zombiesAfter() + " ("
                    + Output.number(whatIf.shareAfterPct(), 1) + "%) of " + whatIf.withData() + " with data"
                    + (whatIf.ratesBp() != 0 && whatIf.withoutFloatingRateData() > 0 ? "; "
                    + whatIf.withoutFloatingRateData() + " report no floating-rate debt and keep their interest" : ""));
            List<List<String>> rows = new ArrayList<>();
            for (Reports.WhatIfSector sector : whatIf.bySector()) {
                rows.add(List.of(sector.sector(), String.valueOf(sector.withData()),
                        Output.number(sector.shareBeforePct(), 1) + "%", Output.number(sector.shareAfterPct(), 1) + "%"));
            }
            table(List.of("SECTOR", "WITH DATA", "BEFORE", "AFTER"), rows);
        }
    }
}
