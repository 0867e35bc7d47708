package org.bellwether.ingest;

import java.time.LocalDate;
import java.util.Map;

/**
 * When each macro value an import writes was published (DESIGN: "Point in time"): the row's own release date when
 * the file has one (FRED's {@code realtime_start}), else its date plus the lag given for its series' column, else
 * plus the lag given for the whole file; with none, the store leaves it empty and the frequency's documented lag
 * applies.
 *
 * @param fileLagDays the publication lag in days of every column without one of its own, or null
 * @param lagDaysByColumn publication lags in days by series id
 */
public record MacroReleases(Integer fileLagDays, Map<String, Integer> lagDaysByColumn) {

    /** No lag given: the frequency's lag applies. */
    public static final MacroReleases NONE = new MacroReleases(null, Map.of());

    /** Copies the map and checks the lags. */
    public MacroReleases {
        lagDaysByColumn = Map.copyOf(lagDaysByColumn);
        if (fileLagDays != null && fileLagDays < 0 || lagDaysByColumn.values().stream().anyMatch(lag -> lag < 0)) {
            throw new IllegalArgumentException("a release lag is a number of days, 0 or more");
        }
    }

    /** The day the value of series {@code id} observed on {@code date} was published, or null when no lag is given. */
    LocalDate releasedOf(String id, LocalDate date) {
        Integer lag = lagDaysByColumn.getOrDefault(id, fileLagDays);
        return lag == null ? null : date.plusDays(lag);
    }
}
