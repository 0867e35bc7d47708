package org.bellwether.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bellwether.core.model.Found;
import org.bellwether.core.moves.Streaks;
import org.bellwether.core.series.DailySeries;
import org.bellwether.facts.Provenance.Input;
import org.bellwether.facts.text.Wording;

/**
 * "Its fifth straight daily gain": the run of same-sign session changes up to the date ({@link Streaks}), signed
 * (+5 for five gains, −3 for three losses). A note states runs of at least {@value #WORTH_A_SENTENCE} sessions.
 */
final class StreakFact implements FactDefinition {

    /** Sessions a run needs before a note gives it a sentence. */
    static final int WORTH_A_SENTENCE = 3;
    private static final Pattern DOWN = Pattern.compile("(?i)\\b(fell|fall|falls|declin\\w*|drop\\w*|slid|slide\\w*"
            + "|slip\\w*|lost|los(?:s|ses|ing)|down)\\b");

    @Override
    public FactKind kind() {
        return FactKind.STREAK;
    }

    @Override
    public Found<Fact> compute(MarketData data, String subject, LocalDate asOf) {
        Found<DailySeries> found = data.daily(subject);
        if (!found.isPresent()) {
            return Found.none(found.reason().orElseThrow());
        }
        DailySeries series = found.require();
        int end = series.indexOnOrBefore(asOf);
        if (end < 1) {
            return Found.none(subject + " has no two sessions up to " + asOf);
        }
        int from = series.continuousFrom(end); // a streak ends at a hole
        if (end == from) {
            return Found.none(subject + " has no session move on " + series.date(end) + ": a hole in its data ends there");
        }
        int run = Streaks.runs(series.slice(from, end + 1).closes())[end - from];
        int start = end - Math.abs(run);
        LocalDate last = series.date(end);
        String detail = run == 0 ? "unchanged on " + last : Math.abs(run) + (run > 0 ? " gains" : " losses")
                + " from the close of " + series.date(start) + " to " + last;
        return Found.of(Fact.of(FactKind.STREAK, List.of(subject), series.date(start), last, run,
                Provenance.of(FactKind.STREAK, detail, data.source(), null,
                        new Input(subject, series.date(start), last, Math.abs(run) + 1))));
    }

    @Override
    public Optional<Statement> statement(Fact fact, String name) {
        int run = (int) fact.value();
        if (Math.abs(run) < WORTH_A_SENTENCE) {
            return Optional.empty();
        }
        String verb = run > 0 ? "rose" : "fell";
        String ordinal = Wording.ordinal(Math.abs(run));
        return Optional.of(new Statement(Wording.capitalise(name) + " " + verb + " for a ", ordinal,
                " straight session.", Wording.capitalise(name.replaceFirst("^the ", "")) + (run > 0 ? " rises" : " falls")
                        + " for a " + ordinal + " straight session", Math.min(60, 15 + 5 * Math.abs(run))));
    }

    @Override
    public String claim() {
        return "(?i)(?:\\bfor\\s+(?:a|an|its|the)\\s+{N}\\s+(?:straight|consecutive)\\s+(?:trading\\s+)?"
                + "(?:sessions?|days?)|(?:\\b(?:its|a|an|the)|{I})\\s+{N}\\s+(?:straight|consecutive)\\s+(?:daily\\s+)?"
                + "(?:gains?|advances?|loss(?:es)?|declines?|(?:winning|losing)\\s+sessions?)"
                + "|\\b(?:for\\s+)?(?:a|an|its|the)\\s+{N}\\s+(?:straight\\s+)?(?:trading\\s+)?(?:session|day)\\s+in\\s+a\\s+row)\\b";
    }

    @Override
    public int direction(String claimText) {
        return DOWN.matcher(claimText.toLowerCase(Locale.ROOT)).find() ? -1 : 1;
    }
}
