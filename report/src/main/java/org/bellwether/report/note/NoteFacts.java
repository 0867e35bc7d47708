package org.bellwether.report.note;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.facts.Fact;
import org.bellwether.facts.Facts;
import org.bellwether.facts.Reports;
import org.bellwether.facts.text.Wording;

/**
 * The note's facts, numbered in order of first use: each method takes the fact behind one printed number from the
 * registry's builders ({@link Facts}) and prints it as its kind words it, or as the sentence needs (words, a
 * duration, a signed change).
 */
final class NoteFacts {

    private final List<NoteFact> facts = new ArrayList<>();
    private final Facts builders;

    NoteFacts(Facts builders) {
        this.builders = builders;
    }

    List<NoteFact> all() {
        return List.copyOf(facts);
    }

    private NoteFact add(Fact fact, String printed) {
        NoteFact noted = new NoteFact("f" + (facts.size() + 1), fact, printed);
        facts.add(noted);
        return noted;
    }

    private NoteFact add(Fact fact) {
        return add(fact, fact.printed());
    }

    NoteFact level(String symbol, LocalDate session, double close) {
        return add(builders.close(symbol, session, close));
    }

    NoteFact periodReturn(Reports.PerfRow row, boolean signed) {
        Fact fact = builders.periodReturn(row);
        return signed ? add(fact, Wording.signedPercent(row.returnPct())) : add(fact);
    }

    NoteFact relative(Reports.RelativeBp relative, Reports.PerfRow a, Reports.PerfRow b) {
        return add(builders.relative(relative, a, b));
    }

    NoteFact recordCount(Reports.Records records, String printed) {
        return add(builders.recordCount(records, true), printed);
    }

    NoteFact sessionReturn(String symbol, Reports.Move move) {
        return add(builders.sessionReturn(symbol, move));
    }

    NoteFact breakLevel(String symbol, Reports.BreakoutRow row) {
        return add(builders.breakLevel(symbol, row));
    }

    NoteFact held(String symbol, Reports.BreakoutRow row) {
        return add(builders.held(symbol, row), Wording.duration(row.heldMinutes()));
    }

    NoteFact volumeRatio(String symbol, Reports.BreakoutRow row) {
        return add(builders.volumeRatio(symbol, row));
    }

    NoteFact intradayCorrelation(Reports.Correlation c, LocalDate from, LocalDate to) {
        return add(builders.intradayCorrelation(c, from, to));
    }

    NoteFact sector(Reports.Sectors sectors, Reports.SectorRow row) {
        return add(builders.sector(sectors, row));
    }

    NoteFact topWeight(Reports.TopWeights weights, int session) {
        return add(builders.topWeight(weights, session));
    }

    NoteFact breadth(Reports.Breadth b) {
        return add(builders.shareAbove50d(b));
    }

    NoteFact screened(Reports.Screen screen, Reports.Summary summary) {
        return add(builders.screened(screen, summary));
    }

    NoteFact screenAhead(Reports.Screen screen, Reports.Summary summary) {
        return add(builders.screenAhead(screen, summary));
    }

    NoteFact screenBreakouts(Reports.Screen screen, Reports.Summary summary) {
        return add(builders.screenBreakouts(screen, summary));
    }

    NoteFact rateChange(Reports.RateRow row, LocalDate session) {
        return add(builders.seriesChange(row, session));
    }

    NoteFact rateLevel(Reports.RateRow row) {
        return add(builders.seriesLevel(row));
    }

    NoteFact seriesMove(Reports.SeriesMove move) {
        return add(builders.seriesMove(move));
    }

    NoteFact seriesLevel(Reports.SeriesMove move) {
        return add(builders.seriesLevel(move));
    }

    NoteFact milestone(String symbol, LocalDate session, double level, LocalDate since) {
        return add(builders.milestone(symbol, session, level, since));
    }

    NoteFact zombies(Reports.Zombies z) {
        return add(builders.zombies(z));
    }

    NoteFact release(Reports.CalendarEvent event, String printedDate) {
        return add(builders.release(event), printedDate);
    }

    /** A fact of a registered kind ({@code FactRegistry}), printed as its definition's statement prints it. */
    NoteFact registered(Fact fact, String printed) {
        return add(fact, printed);
    }
}
