package org.bellwether.report.note;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.series.DailySeries;

/** How unusual a figure is against the stored history: what ranks the note's stories (docs/note.md). */
final class Newsworthiness {

    private Newsworthiness() {
    }

    /**
     * Where {@code currentBp} stands among the absolute month-to-date relative performances of {@code a} over
     * {@code b} at the same day of every earlier month of the stored history: 0 to 1 (1: larger than all).
     */
    static double percentileOfMonthlyRelative(DailySeries a, DailySeries b, LocalDate session, double currentBp) {
        List<Double> history = new ArrayList<>();
        LocalDate first = a.firstDate().isAfter(b.firstDate()) ? a.firstDate() : b.firstDate();
        for (LocalDate day = session.minusMonths(1); !day.minusMonths(1).isBefore(first); day = day.minusMonths(1)) {
            LocalDate start = ToDate.MONTH.base(day);
            double ra = ratio(a, start, day);
            double rb = ratio(b, start, day);
            if (!Double.isNaN(ra) && !Double.isNaN(rb)) {
                history.add(Math.abs(ra - rb) * 10_000);
            }
        }
        if (history.isEmpty()) {
            return 0.5;
        }
        return history.stream().filter(h -> h < currentBp).count() / (double) history.size();
    }

    private static double ratio(DailySeries series, LocalDate from, LocalDate to) {
        int i = series.indexOnOrBefore(from);
        int j = series.indexOnOrBefore(to);
        return i < 0 || j < 0 ? Double.NaN : series.close(j) / series.close(i) - 1;
    }
}
