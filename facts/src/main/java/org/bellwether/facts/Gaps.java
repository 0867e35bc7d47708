package org.bellwether.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.Freshness;
import org.bellwether.facts.Reports.Gap;

/**
 * How whole each daily series of the store is (DESIGN: "Continuity", "Freshness"): its holes on the store's calendar
 * and whether it is stale on a date. {@code bellwether gaps}, {@code bellwether symbols} and the API list them.
 */
public final class Gaps {

    private Gaps() {
    }

    /**
     * One series' continuity.
     *
     * @param missingSessions the sessions its holes lack, together
     * @param staleSince its last session when it is stale on the date asked about, else null
     */
    public record SeriesGaps(String symbol, LocalDate firstDate, LocalDate lastDate, int bars, int missingSessions,
            List<Gap> holes, LocalDate staleSince) {
    }

    /** The continuity of {@code symbols} (every symbol with daily bars when null) as of {@code asOf}, by symbol. */
    public static List<SeriesGaps> of(MarketData data, List<String> symbols, LocalDate asOf) {
        Map<String, DailySeries> all = data.dailySince(symbols, LocalDate.MIN);
        if (symbols != null) {
            for (String symbol : symbols) {
                if (!all.containsKey(symbol)) {
                    throw new UnknownSymbolException(symbol, data.store().file().toString());
                }
            }
        }
        List<SeriesGaps> result = new ArrayList<>();
        for (DailySeries series : all.values()) {
            List<Gap> holes = series.holes().stream().map(hole -> Gap.of(series.symbol(), hole)).toList();
            result.add(new SeriesGaps(series.symbol(), series.firstDate(), series.date(series.size() - 1),
                    series.size(), holes.stream().mapToInt(Gap::sessions).sum(), holes,
                    Freshness.staleSince(series, asOf, data.sessions()).orElse(null)));
        }
        return result;
    }
}
