package org.bellwether.report.note;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.facts.Reports;
import org.bellwether.facts.text.Wording;

/** The note's facts, numbered in order of first use; each method makes the fact behind one printed number. */
final class Facts {

    private final List<NoteFact> facts = new ArrayList<>();
    private final String source;

    Facts(String source) {
        this.source = source;
    }

    List<NoteFact> all() {
        return List.copyOf(facts);
    }

    private NoteFact add(String kind, List<String> subjects, LocalDate start, LocalDate end, double value, String unit,
            String printed, String definition) {
        NoteFact fact = new NoteFact("f" + (facts.size() + 1), kind, subjects, start, end, value, unit, printed,
                definition, source);
        facts.add(fact);
        return fact;
    }

    NoteFact level(String symbol, LocalDate session, double close) {
        return add("CLOSE", List.of(symbol), session, session, close, "level", Wording.level(close),
                "the close of " + symbol + " on " + session + ", the last session on or before the date asked");
    }

    NoteFact periodReturn(Reports.PerfRow row, boolean signed) {
        return add("PERIOD_RETURN", List.of(row.symbol()), row.startDate(), row.endDate(), row.returnPct(), "percent",
                signed ? Wording.signedPercent(row.returnPct()) : Wording.percent(Math.abs(row.returnPct())),
                "simple return " + Wording.level(row.endLevel()) + " / " + Wording.level(row.startLevel())
                        + " - 1 of the closes of " + row.endDate() + " and " + row.startDate()
                        + " (month to date: from the last close of the previous month)");
    }

    NoteFact relative(Reports.RelativeBp relative, Reports.PerfRow a, Reports.PerfRow b) {
        return add("RELATIVE_PERFORMANCE", List.of(relative.a(), relative.b()), a.startDate(), a.endDate(),
                relative.bp(), "bp", Wording.number(Math.abs(relative.bp()), 0), "(r_a - r_b) x 10,000 with "
                        + relative.a() + " " + Wording.signedPercent(a.returnPct()) + " and " + relative.b() + " "
                        + Wording.signedPercent(b.returnPct()) + " from " + a.startDate() + " to " + a.endDate());
    }

    NoteFact factor(Reports.PerfRow a, Reports.PerfRow b, double factor) {
        return add("RETURN_FACTOR", List.of(a.symbol(), b.symbol()), a.startDate(), a.endDate(), factor, "ratio",
                Wording.factor(factor), "r_a / r_b = " + Wording.number(factor, 2) + " (both returns positive), from "
                        + a.startDate() + " to " + a.endDate());
    }

    NoteFact recordCount(String symbol, Reports.Records records, String printed) {
        Reports.RecordClose last = records.records().get(records.count() - 1);
        return add("RECORD_HIGH_COUNT", List.of(symbol), records.records().get(0).date(), last.date(), records.count(),
                "count", printed, "closes above every earlier close in " + last.date().getYear() + " up to "
                        + last.date() + ": " + records.records().stream().map(r -> r.date().toString())
                        .reduce((x, y) -> x + ", " + y).orElse("") + " (history from " + records.historyStart()
                        + ", long enough to call them all-time)");
    }

    NoteFact sessionReturn(String symbol, Reports.Move move) {
        return add("SESSION_RETURN", List.of(symbol), move.date(), move.date(), move.returnPct(), "percent",
                Wording.percent(Math.abs(move.returnPct())), "the close of " + move.date() + " against the previous "
                        + "session's close; " + Wording.number(move.z(), 2) + " standard deviations of the previous "
                        + "63 session returns (" + Wording.number(move.sigma(), 2) + "%)");
    }

    NoteFact breakLevel(String symbol, Reports.BreakoutRow row) {
        return add(row.direction().equals("up") ? "BREAKOUT" : "BREAKDOWN", List.of(symbol), day(row), day(row),
                row.level(), "level", Wording.level(row.level()), "a level of " + row.touches() + " clustered 1-minute "
                        + "swing touches (k = 5, 0.5% tolerance), first closed beyond by more than the tolerance at "
                        + row.time());
    }

    NoteFact held(String symbol, Reports.BreakoutRow row) {
        double minutes = row.heldMinutes();
        String printed = Wording.duration(minutes);
        return add("BREAKOUT_HELD", List.of(symbol), day(row), day(row), minutes, "minutes", printed,
                "the time from the session open to the start of the breakout bar (" + row.time() + ")");
    }

    NoteFact volumeRatio(String symbol, Reports.BreakoutRow row) {
        return add("VOLUME_RATIO", List.of(symbol), day(row), day(row), row.volumeRatio(), "ratio",
                Wording.number(row.volumeRatio(), 2), "the session's volume up to and including the breakout bar over "
                        + "the average of the previous 20 sessions up to the same time of day (confirmed at 1.5)");
    }

    NoteFact intradayCorrelation(Reports.Correlation c, LocalDate from, LocalDate to) {
        return add("INTRADAY_CORRELATION", List.of(c.a(), c.b()), from, to, c.correlation(), "ratio",
                Wording.number(c.correlation(), 2), "Pearson correlation of " + c.observations() + " 1-minute returns "
                        + "within the sessions from " + from + " to " + to + " (\"tick-for-tick\": at least 0.9)");
    }

    NoteFact sector(String index, Reports.Sectors sectors, Reports.SectorRow row) {
        return add("SECTOR_CONTRIBUTION", List.of(index), sectors.startDate(), sectors.endDate(), row.contributionBp(),
                "bp", Wording.number(row.contributionBp(), 0), row.sector() + ": weight " + Wording.number(row
                        .weightPct(), 2) + "% at " + sectors.startDate() + " x its cap-weighted return "
                        + Wording.signedPercent(row.returnPct()) + " (" + row.members() + " members)");
    }

    NoteFact topWeight(Reports.TopWeights weights, int session) {
        LocalDate date = weights.dates().get(session);
        double value = weights.weightPct().get(session);
        return add("TOP_N_WEIGHT", List.of(weights.index()), date, date, value, "percent", Wording.percent(value),
                "weight of the top " + weights.topN() + " members of " + weights.index() + " on " + date
                        + " (their weights, or shares x close)");
    }

    NoteFact breadth(String index, Reports.Breadth b) {
        return add("SHARE_ABOVE_50D", List.of(index), b.asOf(), b.asOf(), b.above50dPct(), "percent",
                Wording.percent1(b.above50dPct()), b.above50d() + " of " + b.withData() + " members with 50 sessions "
                        + "of history closed above their 50-session simple moving average");
    }

    NoteFact screened(Reports.Screen screen, Reports.Summary summary) {
        return add("SCREENED", List.of(screen.vs()), screen.asOf(), screen.asOf(), summary.screened(), "count",
                Wording.number(summary.screened(), 0), "symbols in the universe screen against " + screen.vs() + " on "
                        + screen.asOf() + ", " + screen.vs() + " itself left out" + origin(screen));
    }

    NoteFact screenAhead(Reports.Screen screen, Reports.Summary summary) {
        return add("SCREEN_AHEAD_SHARE", List.of(screen.vs()), ToDate.YEAR.firstDay(screen.asOf()), screen.asOf(),
                summary.aheadPct(), "percent", Wording.percent1(summary.aheadPct()), summary.ahead() + " of the "
                        + summary.withYtd() + " screened symbols with a return this year above " + screen.vs() + "'s "
                        + Wording.signedPercent(summary.benchmarkYtdPct()) + origin(screen));
    }

    NoteFact screenBreakouts(Reports.Screen screen, Reports.Summary summary) {
        return add("SCREEN_BREAKOUTS", List.of(screen.vs()), screen.asOf(), screen.asOf(), summary.breakouts(),
                "count", Wording.number(summary.breakouts(), 0), "screened symbols closing above the highest high of "
                        + "their previous 252 sessions on more than 1.5 times their 50-session average volume"
                        + origin(screen));
    }

    private static String origin(Reports.Screen screen) {
        return screen.source() == null ? "" : " (screen imported from " + screen.source() + ")";
    }

    NoteFact rateChange(Reports.RateRow row, LocalDate session) {
        LocalDate start = ToDate.MONTH.base(session);
        return add("SERIES_CHANGE", List.of(row.series()), start, row.date(), row.changeMtdBp(), "bp",
                Wording.number(Math.abs(row.changeMtdBp()), 0), "the change of " + row.series() + " from its last "
                        + "observation on or before " + start + " to " + row.date() + ", in basis points");
    }

    NoteFact rateLevel(Reports.RateRow row) {
        return add("SERIES_LEVEL", List.of(row.series()), row.date(), row.date(), row.level(), "percent",
                Wording.percent(row.level()), row.series() + " on " + row.date());
    }

    NoteFact zombies(Reports.Zombies z) {
        return add("ZOMBIE_SHARE", List.of(z.index()), z.asOf(), z.asOf(), z.sharePct(), "percent",
                Wording.percent1(z.sharePct()), z.zombies() + " of " + z.withData() + " members with fundamentals have "
                        + "EBIT / interest expense below 1 in their latest fiscal year ending within 15 months");
    }

    NoteFact release(Reports.CalendarEvent event, String printedDate) {
        return add("SCHEDULED_RELEASE", event.symbols(), event.expectedDate(), event.expectedDate(), 0, "date",
                printedDate, "\"" + event.headline() + "\", a scheduled release expected on " + event.expectedDate()
                        + ", the first after the note's session");
    }

    private static LocalDate day(Reports.BreakoutRow row) {
        return OffsetDateTime.parse(row.time()).toLocalDate();
    }
}
