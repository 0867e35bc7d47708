package org.bellwether.report.check;

import java.time.LocalDate;

/**
 * A close a sentence measures the latest close against ("10.15% under its record close", "its 52-week low of
 * 29888.78", "the Election Day close of 27480.03 on Nov. 3, 2020", "6.43% lower than 52 weeks ago").
 *
 * @param type what the reference is
 * @param high for an extreme: the highest close (else the lowest)
 * @param from for {@link Type#WINDOW}: the first date of the window; for {@link Type#SESSION}: the session
 * @param to for {@link Type#WINDOW}: the last date of the window (no later than the as-of date); for {@link
 *     Type#SPAN}: the latest date the last one as large may be on
 * @param setOn the date the text says the extreme was set on, or null
 * @param words the reference as the explanation names it ("its record close", "its 2022 closing high")
 */
record Reference(Type type, boolean high, LocalDate from, LocalDate to, LocalDate setOn, String words) {

    /** The kinds of reference. */
    enum Type {
        /** The highest close of the stored history up to the date: its record (the history rule applies). */
        RECORD,
        /** The highest close of the stored history before the date: its previous record. */
        PREVIOUS_RECORD,
        /** The highest session high of the stored history up to the date: its intraday record. */
        INTRADAY_RECORD,
        /** The highest session high of the stored history before the date. */
        PREVIOUS_INTRADAY_RECORD,
        /** The highest or lowest close of the 52 weeks (DESIGN: 252 sessions) up to and including the date. */
        WEEKS_52,
        /** The highest or lowest close of a stated window: a calendar year, a month. */
        WINDOW,
        /** The close of a named session. */
        SESSION,
        /** The close 52 weeks (364 days) before the date, or the last one before it. */
        YEAR_AGO,
        /**
         * A span back from the date ("its worst day in nearly nine months", "a five-month low"): nothing as large
         * within it; the last one as large is on or before {@code to}, the span's start.
         */
        SPAN
    }

    /** Whether the reference is a session high rather than a close. */
    boolean intraday() {
        return type == Type.INTRADAY_RECORD || type == Type.PREVIOUS_INTRADAY_RECORD;
    }

    /** This reference with the date the text says its extreme was set on. */
    Reference setOn(LocalDate date) {
        return new Reference(type, high, from, to, date, words);
    }
}
