package org.bellwether.store;

/**
 * A row left out of an import, and why.
 *
 * @param line the line (or row) number in the source
 * @param field the field at fault, or {@code key} for conflicting duplicates, or empty when the whole line is at fault
 * @param value the value found
 * @param reason what was expected
 */
public record RowRejection(long line, String field, String value, String reason) {
}
