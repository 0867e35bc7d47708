package org.bellwether.alerts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.bellwether.alerts.feed.Bar;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.core.levels.Breakout;
import org.bellwether.core.records.RecordHighs;
import org.bellwether.core.stream.BreakoutTracker;
import org.bellwether.core.stream.MoveTracker;
import org.bellwether.core.stream.RecordTracker;
import org.bellwether.core.stream.SessionVolume;
import org.bellwether.core.stream.WindowHighTracker;
import org.bellwether.facts.LevelFacts;

/**
 * One instrument's streaming state, shared by every rule on it: each bar updates the trackers once and leaves what
 * it found (a record, a move, breaks, the volume ratio) for the rules to read. Definitions and parameters are those
 * of the batch engine (LevelFacts, FactsEngine), so the results are the same.
 */
final class SymbolState {

    final String symbol;
    /** The instrument's inception date when known: a record needs a history from it, or of ten years. */
    private final LocalDate inception;
    /** The first daily session taken: the history start that bounds what a record can be called. */
    LocalDate historyStart;

    // daily
    private final RecordTracker records = new RecordTracker();
    private final WindowHighTracker highs52 = new WindowHighTracker(Definitions.WEEKS_52_SESSIONS);
    private final MoveTracker moves = new MoveTracker();
    private final BreakoutTracker dailyBreaks = new BreakoutTracker(Definitions.SWING_BARS_DAILY, Definitions.LEVEL_TOLERANCE);
    private final double[] dailyVolumes = new double[Definitions.LEVEL_VOLUME_SESSIONS];
    private long dailyCount;
    private int recordYear;
    int recordsThisYear;
    private double[] closes = new double[512];
    private int[] days = new int[512];
    private int size;
    Bar lastDaily;
    /** Whether the last close is a record: above every earlier close, with a history long enough to call it one. */
    boolean isRecord;
    boolean is52WeekHigh;
    boolean hasReturn;
    List<Breakout> dailyBreakouts = List.of();
    double dailyVolumeRatio = Double.NaN;

    // intraday
    private final BreakoutTracker minuteBreaks = new BreakoutTracker(Definitions.SWING_BARS_INTRADAY, Definitions.LEVEL_TOLERANCE);
    private final SessionVolume sessionVolume = new SessionVolume(Definitions.LEVEL_VOLUME_SESSIONS);
    Bar lastMinute;
    private long lastMinuteStart = Long.MIN_VALUE;
    List<Breakout> minuteBreakouts = List.of();
    double minuteVolumeRatio = Double.NaN;
    double minuteSessionVolume;

    SymbolState(String symbol, LocalDate inception) {
        this.symbol = symbol;
        this.inception = inception;
    }

    /** Whether {@code bar} is later than the last bar of its interval (trackers take each bar once, in order). */
    boolean isNew(Bar bar) {
        if (!bar.daily()) {
            return bar.start() > lastMinuteStart; // a primitive: no visit to the last bar's object
        }
        return lastDaily == null || bar.session().isAfter(lastDaily.session());
    }

    void onDaily(Bar bar) {
        double close = bar.close();
        if (historyStart == null) {
            historyStart = bar.session();
        }
        boolean aboveEveryEarlier = records.next(close);
        if (bar.session().getYear() != recordYear) {
            recordYear = bar.session().getYear();
            recordsThisYear = 0;
        }
        if (aboveEveryEarlier) {
            recordsThisYear++;
        }
        // a record only with a history long enough to know (DESIGN: "Record high"); else a high since the start
        isRecord = aboveEveryEarlier && RecordHighs.isAllTime(historyStart, inception, bar.session());
        is52WeekHigh = highs52.next(close);
        hasReturn = moves.next(close);
        dailyBreakouts = dailyBreaks.next(bar.high(), bar.low(), close);
        dailyVolumeRatio = dailyVolumeRatio(bar.volume());
        remember(bar);
        lastDaily = bar;
    }

    /** The session's volume over the average of the previous 20 sessions' (as LevelFacts), NaN before 20. */
    private double dailyVolumeRatio(double volume) {
        double ratio = Double.NaN;
        int n = dailyVolumes.length;
        if (dailyCount >= n) {
            double sum = 0;
            for (long i = dailyCount - n; i < dailyCount; i++) { // oldest first, as the batch sum
                sum += dailyVolumes[(int) (i % n)];
            }
            ratio = volume / (sum / n);
        }
        dailyVolumes[(int) (dailyCount++ % n)] = volume;
        return ratio;
    }

    private void remember(Bar bar) {
        if (size == closes.length) {
            closes = Arrays.copyOf(closes, size * 2);
            days = Arrays.copyOf(days, size * 2);
        }
        closes[size] = bar.close();
        days[size++] = (int) bar.session().toEpochDay();
    }

    /** Daily closes taken so far. */
    int dailySize() {
        return size;
    }

    /** The close of daily bar {@code i}. */
    double close(int i) {
        return closes[i];
    }

    /** The session of daily bar {@code i}. */
    LocalDate date(int i) {
        return LocalDate.ofEpochDay(days[i]);
    }

    /** The last daily bar on or before {@code date}, or −1 (the DESIGN "level on a date"). */
    int indexOnOrBefore(LocalDate date) {
        int found = Arrays.binarySearch(days, 0, dailySize(), (int) date.toEpochDay());
        return found >= 0 ? found : -found - 2;
    }

    double lastReturn() {
        return moves.lastReturn();
    }

    double lastSigma() {
        return moves.lastSigma();
    }

    void onMinute(Bar bar) {
        minuteBreakouts = minuteBreaks.next(bar.high(), bar.low(), bar.close());
        minuteVolumeRatio = sessionVolume.next(bar.sessionOpen(), bar.start(), bar.volume());
        minuteSessionVolume = sessionVolume.sessionVolume();
        lastMinute = bar;
        lastMinuteStart = bar.start();
    }
}
