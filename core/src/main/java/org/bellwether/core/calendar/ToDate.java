package org.bellwether.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar periods "to date" (DESIGN: "Level on a date D"): a period as of D runs from the last close of the
 * previous week, month, quarter or year to the level on D. The one place every module takes these starts from.
 */
public enum ToDate {
    /** From the last close of the previous calendar week (weeks start on Monday). */
    WEEK("week to date"),
    /** From the last close of the previous month. */
    MONTH("month to date"),
    /** From the last close of the previous quarter. */
    QUARTER("quarter to date"),
    /** From the last close of the previous year. */
    YEAR("year to date");

    private final String label;

    ToDate(String label) {
        this.label = label;
    }

    /** The period in words: "month to date". */
    public String label() {
        return label;
    }

    /** The first calendar day of the period that contains {@code asOf}. */
    public LocalDate firstDay(LocalDate asOf) {
        return switch (this) {
            case WEEK -> asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> asOf.withDayOfMonth(1);
            case QUARTER -> asOf.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> asOf.withDayOfYear(1);
        };
    }

    /**
     * The date whose level starts the period as of {@code asOf}: the last calendar day of the previous period, so
     * that the level on it is the previous period's last close.
     */
    public LocalDate base(LocalDate asOf) {
        return firstDay(asOf).minusDays(1);
    }
}
