package org.bellwether.core.model;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A macro series' observations, ascending, with its unit (null when unknown).
 *
 * @param released per observation, the day it was published, or null where the source did not say (the frequency's
 *     lag then applies: DESIGN "Point in time")
 */
public record MacroSeries(String id, String unit, LocalDate[] dates, double[] values, LocalDate[] released) {

    /** A series whose release dates are unknown. */
    public MacroSeries(String id, String unit, LocalDate[] dates, double[] values) {
        this(id, unit, dates, values, new LocalDate[dates.length]);
    }

    /** Its first {@code count} observations. */
    public MacroSeries head(int count) {
        return new MacroSeries(id, unit, Arrays.copyOf(dates, count), Arrays.copyOf(values, count),
                Arrays.copyOf(released, count));
    }
}
