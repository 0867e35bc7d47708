package org.bellwether.core.model;

import java.time.LocalDate;

/** A macro series' observations, ascending, with its unit (null when unknown). */
public record MacroSeries(String id, String unit, LocalDate[] dates, double[] values) {
}
