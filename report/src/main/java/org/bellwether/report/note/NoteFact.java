package org.bellwether.report.note;

import java.time.LocalDate;
import java.util.List;

/**
 * A number of the note and where it comes from: the note links (HTML) or footnotes (Markdown) each printed number to
 * one of these, and writes them all as JSON next to the note.
 *
 * @param id the anchor, {@code f1}, {@code f2}, ...
 * @param kind what the number states (DESIGN's fact kinds)
 * @param subjects the instruments or series it is about
 * @param start the first session (or date) used
 * @param end the last session (or date) used
 * @param value the number as computed (full precision)
 * @param unit {@code percent}, {@code bp}, {@code count}, {@code ratio}, {@code level}, {@code minutes}
 * @param printed the number as the note prints it
 * @param definition the definition applied, with the inputs (sessions, windows) used
 * @param source the data source
 */
public record NoteFact(String id, String kind, List<String> subjects, LocalDate start, LocalDate end, double value,
        String unit, String printed, String definition, String source) {

    /** Copies the subjects. */
    public NoteFact {
        subjects = List.copyOf(subjects);
    }
}
