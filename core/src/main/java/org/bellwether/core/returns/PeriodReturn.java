package org.bellwether.core.returns;

import java.time.LocalDate;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.model.NoDataException;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.model.InvalidRequestException;

/**
 * The return of one instrument over a period, with the sessions actually used: the level on a date is the close of
 * the last session on or before it (DESIGN: "Level on a date D").
 *
 * @param symbol the instrument
 * @param startDate the session whose close starts the period
 * @param startLevel its close
 * @param endDate the session whose close ends the period
 * @param endLevel its close
 */
public record PeriodReturn(String symbol, LocalDate startDate, double startLevel, LocalDate endDate, double endLevel) {

    /** The simple return as a fraction: {@code end / start − 1}. */
    public double fraction() {
        return endLevel / startLevel - 1;
    }

    /** The simple return in percent. */
    public double percent() {
        return fraction() * 100;
    }

    /**
     * The return from the level on {@code from} to the level on {@code to}.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     * @throws NoDataException when the series has no session on or before {@code from}
     */
    public static PeriodReturn between(DailySeries series, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to must not be before from, but " + to + " is before " + from);
        }
        int start = series.indexOnOrBefore(from);
        if (start < 0) {
            throw new NoDataException(series.symbol() + " has no close on or before " + from
                    + (series.isEmpty() ? " (no data)" : "; its history starts " + series.firstDate()));
        }
        int end = series.indexOnOrBefore(to);
        return new PeriodReturn(series.symbol(), series.date(start), series.close(start), series.date(end),
                series.close(end));
    }

    /** The return over {@code period} as of {@code asOf}: from the previous period's last close. */
    public static PeriodReturn toDate(DailySeries series, ToDate period, LocalDate asOf) {
        return between(series, period.base(asOf), asOf);
    }
}
