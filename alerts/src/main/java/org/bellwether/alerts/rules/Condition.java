package org.bellwether.alerts.rules;

import java.util.List;

/** What a rule watches for; each kind is defined in docs/alerts.md with the DESIGN definition it follows. */
public sealed interface Condition {

    /** The rule-file name of the condition's type. */
    String type();

    /**
     * A close through a level: a given one ({@code level}), or the detected support and resistance levels (DESIGN:
     * "Breakout"). On 1-minute bars a break must have held at least {@code minHeldMinutes} into the session and, when
     * {@code volumeConfirmed}, come on at least 1.5 times the volume usual for that time of day.
     *
     * @param up a breakout (true) or a breakdown
     * @param intraday 1-minute bars (true) or daily bars
     * @param level a given level, or null for the detected ones
     */
    record Breakout(boolean up, boolean intraday, Double level, double minHeldMinutes, boolean volumeConfirmed)
            implements Condition {
        @Override
        public String type() {
            return up ? "breakout" : "breakdown";
        }
    }

    /** A record close (strictly above every earlier close), or with {@code weeks52} a 52-week high (252 sessions). */
    record NewHigh(boolean weeks52) implements Condition {
        @Override
        public String type() {
            return weeks52 ? "high_52w" : "record_high";
        }
    }

    /** A session return of at least {@code k} standard deviations of the previous 63 (DESIGN: "Large move"). */
    record Move(double k) implements Condition {
        @Override
        public String type() {
            return "move";
        }
    }

    /**
     * The symbol's return minus {@code vs}'s over a period, in basis points, crossing above {@code aboveBp} or below
     * {@code belowBp} (one of them).
     *
     * @param period "mtd", "ytd" or a number of sessions
     */
    record Relative(String vs, String period, Double aboveBp, Double belowBp) implements Condition {
        @Override
        public String type() {
            return "relative";
        }
    }

    /** The rolling correlation of daily returns with {@code vs} over {@code window} sessions falling below a value. */
    record CorrelationBelow(String vs, int window, double below) implements Condition {
        @Override
        public String type() {
            return "correlation_below";
        }
    }

    /** The session's volume so far at least {@code ratio} times the average of 20 sessions up to that time of day. */
    record VolumeSurge(double ratio) implements Condition {
        @Override
        public String type() {
            return "volume_surge";
        }
    }

    /**
     * A macro series changing by at least {@code changeBp} basis points (a negative value: falling by as much) over
     * {@code observations} observations; a high-yield spread widening by 25 bp is {@code changeBp = 25}.
     */
    record MacroChange(String series, double changeBp, int observations) implements Condition {
        @Override
        public String type() {
            return "macro_change";
        }
    }

    /** A headline carrying any of {@code tags}. */
    record EventTag(List<String> tags) implements Condition {
        /** Copies the tags. */
        public EventTag {
            tags = List.copyOf(tags);
        }

        @Override
        public String type() {
            return "event";
        }
    }
}
