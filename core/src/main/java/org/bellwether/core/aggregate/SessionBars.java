package org.bellwether.core.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.bellwether.core.calendar.TradingCalendar;
import org.bellwether.core.series.IntradaySeries;

/**
 * Places intraday bars in their exchange sessions and aggregates them. A bar belongs to the session of its start's
 * local date when it starts within [open, close) of that session; other bars (pre- and post-market, holidays) are
 * outside every session.
 *
 * @param sessionOf each bar's session number (0, 1, ... in order), or -1 outside sessions
 * @param sessionOpens the open of each session number, epoch seconds
 * @param sessionDates the date of each session number
 */
public record SessionBars(int[] sessionOf, long[] sessionOpens, LocalDate[] sessionDates) {

    /** The sessions of {@code series}' bars under {@code calendar}. */
    public static SessionBars of(IntradaySeries series, TradingCalendar calendar) {
        long[] starts = series.starts();
        int[] sessionOf = new int[starts.length];
        long[] opens = new long[starts.length];
        LocalDate[] dates = new LocalDate[starts.length];
        int sessions = 0;
        LocalDate current = null;
        long open = 0;
        long close = 0;
        boolean isSession = false;
        for (int i = 0; i < starts.length; i++) {
            LocalDate date = Instant.ofEpochSecond(starts[i]).atZone(calendar.zone()).toLocalDate();
            if (!date.equals(current)) {
                current = date;
                isSession = calendar.isSession(date);
                if (isSession) {
                    open = calendar.sessionOpen(date).getEpochSecond();
                    close = calendar.sessionClose(date).getEpochSecond();
                }
            }
            if (isSession && starts[i] >= open && starts[i] < close) {
                if (sessions == 0 || !dates[sessions - 1].equals(date)) {
                    opens[sessions] = open;
                    dates[sessions] = date;
                    sessions++;
                }
                sessionOf[i] = sessions - 1;
            } else {
                sessionOf[i] = -1;
            }
        }
        return new SessionBars(sessionOf, Arrays.copyOf(opens, sessions), Arrays.copyOf(dates, sessions));
    }

    /** The indexes of the bars inside sessions. */
    public int[] inSession() {
        return IntStream.range(0, sessionOf.length).filter(i -> sessionOf[i] >= 0).toArray();
    }

    /**
     * Bars of {@code seconds} (a multiple of the series' interval), aligned on each session's open: open of the first
     * bar, highest high, lowest low, close of the last, summed volume. Bars outside sessions are left out.
     */
    public static IntradaySeries aggregate(IntradaySeries series, TradingCalendar calendar, int seconds) {
        if (seconds <= 0 || seconds % series.intervalSeconds() != 0) {
            throw new IllegalArgumentException("seconds must be a positive multiple of the bar length "
                    + series.intervalSeconds() + ", but was " + seconds);
        }
        SessionBars sessions = of(series, calendar);
        long[] starts = series.starts();
        double[] o = series.opens();
        double[] h = series.highs();
        double[] l = series.lows();
        double[] c = series.closes();
        double[] v = series.volumes();
        int n = starts.length;
        long[] outStarts = new long[n];
        double[] outOpen = new double[n];
        double[] outHigh = new double[n];
        double[] outLow = new double[n];
        double[] outClose = new double[n];
        double[] outVolume = new double[n];
        int out = -1;
        long bucket = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int s = sessions.sessionOf[i];
            if (s < 0) {
                continue;
            }
            long open = sessions.sessionOpens[s];
            long start = open + (starts[i] - open) / seconds * seconds;
            if (start != bucket) {
                out++;
                bucket = start;
                outStarts[out] = start;
                outOpen[out] = o[i];
                outHigh[out] = h[i];
                outLow[out] = l[i];
                outVolume[out] = v[i];
            } else {
                outHigh[out] = Math.max(outHigh[out], h[i]);
                outLow[out] = Math.min(outLow[out], l[i]);
                outVolume[out] += v[i];
            }
            outClose[out] = c[i];
        }
        int size = out + 1;
        return IntradaySeries.of(series.symbol(), seconds, Arrays.copyOf(outStarts, size), Arrays.copyOf(outOpen, size),
                Arrays.copyOf(outHigh, size), Arrays.copyOf(outLow, size), Arrays.copyOf(outClose, size),
                Arrays.copyOf(outVolume, size));
    }
}
