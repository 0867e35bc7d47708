package org.bellwether.core.series;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Optional;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.model.MacroSeries;

/**
 * When a macro series' observations became known, and whether the series is stale on a date (DESIGN: "Point in
 * time", "Freshness"). Sources such as FRED date a period's value at the period's start although it is published
 * weeks later; without the source's release times, a value is known from its observation date plus the documented
 * lag of the series' frequency, which the observation dates themselves tell.
 */
public final class PointInTime {

    /** How often a series is observed, from the usual gap between its observation dates. */
    public enum Frequency {
        DAILY, WEEKLY, MONTHLY, QUARTERLY, ANNUAL
    }

    /** The gaps between observations needed to tell a frequency. */
    public static final int FREQUENCY_MIN_GAPS = 3;

    private PointInTime() {
    }

    /**
     * The frequency of observations on {@code dates} (ascending): the median gap between them decides; fewer than
     * {@value #FREQUENCY_MIN_GAPS} gaps cannot tell one, and count as daily (no lag).
     */
    public static Frequency frequency(LocalDate[] dates) {
        if (dates.length <= FREQUENCY_MIN_GAPS) {
            return Frequency.DAILY;
        }
        long[] gaps = new long[dates.length - 1];
        for (int i = 1; i < dates.length; i++) {
            gaps[i - 1] = ChronoUnit.DAYS.between(dates[i - 1], dates[i]);
        }
        Arrays.sort(gaps);
        return frequencyOfMedianGap(gaps[gaps.length / 2]);
    }

    /** The frequency of a series whose median gap between observations is {@code median} days. */
    public static Frequency frequencyOfMedianGap(long median) {
        return median <= 4 ? Frequency.DAILY : median <= 10 ? Frequency.WEEKLY : median <= 45 ? Frequency.MONTHLY
                : median <= 120 ? Frequency.QUARTERLY : Frequency.ANNUAL;
    }

    /** The day the value observed on {@code date} (the period's start for a period's value) became known. */
    public static LocalDate released(LocalDate date, Frequency frequency) {
        return switch (frequency) {
            case DAILY -> date.plusDays(Definitions.RELEASE_LAG_DAILY_DAYS);
            case WEEKLY -> date.plusDays(Definitions.RELEASE_LAG_WEEKLY_DAYS);
            case MONTHLY -> date.plusDays(Definitions.RELEASE_LAG_MONTHLY_DAYS);
            case QUARTERLY -> date.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3)
                    .plusDays(Definitions.RELEASE_LAG_QUARTERLY_DAYS - 1L);
            case ANNUAL -> date.withDayOfYear(1).plusYears(1).plusDays(Definitions.RELEASE_LAG_ANNUAL_DAYS - 1L);
        };
    }

    /** The day observation {@code i} of {@code series} became known: its own release date, else by the lag. */
    public static LocalDate released(MacroSeries series, int i, Frequency frequency) {
        LocalDate own = series.released()[i];
        return own != null ? own : released(series.dates()[i], frequency);
    }

    /**
     * The observations of {@code series} known on {@code asOf}: those released on or before it, up to the first that
     * was not (a later observation is never known before an earlier one is).
     */
    public static MacroSeries knownOn(MacroSeries series, LocalDate asOf) {
        Frequency frequency = frequency(series.dates());
        int known = 0;
        while (known < series.dates().length && !released(series, known, frequency).isAfter(asOf)) {
            known++;
        }
        return known == series.dates().length ? series : series.head(known);
    }

    /**
     * The date of the last observation of {@code known} (observations known on {@code asOf}, of a series observed at
     * {@code frequency}: of the whole series, which the known part may be too short to tell) when the series is stale
     * on {@code asOf}: daily, more than {@value Definitions#STALE_DAILY_SESSIONS} weekdays old; weekly, more
     * than two weeks; monthly, more than two months after its release; quarterly, more than two quarters; annual, more
     * than two years.
     */
    public static Optional<LocalDate> staleSince(MacroSeries known, Frequency frequency, LocalDate asOf) {
        if (known.dates().length == 0) {
            return Optional.empty();
        }
        LocalDate last = known.dates()[known.dates().length - 1];
        LocalDate released = released(known, known.dates().length - 1, frequency);
        boolean stale = switch (frequency) {
            case DAILY -> Continuity.weekdaysBetween((int) last.toEpochDay(), (int) asOf.toEpochDay() + 1)
                    > Definitions.STALE_DAILY_SESSIONS;
            case WEEKLY -> asOf.isAfter(last.plusWeeks(Definitions.STALE_PERIODS));
            case MONTHLY -> asOf.isAfter(released.plusMonths(Definitions.STALE_PERIODS));
            case QUARTERLY -> asOf.isAfter(released.plusMonths(3L * Definitions.STALE_PERIODS));
            case ANNUAL -> asOf.isAfter(released.plusYears(Definitions.STALE_PERIODS));
        };
        return stale ? Optional.of(last) : Optional.empty();
    }
}
