package org.bellwether.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.bellwether.core.model.SeriesIds;
import org.bellwether.core.model.Symbols;

/** Checks of command-line values; a bad one is an {@link IllegalArgumentException} (exit code 2) naming the option. */
final class Validation {

    private Validation() {
    }

    static String symbol(String option, String value) {
        String symbol = Symbols.normalize(value);
        if (!Symbols.isValid(symbol)) {
            throw new IllegalArgumentException(option + " must be a symbol of 1 to 20 characters A-Z 0-9 . ^ = _ -, but was "
                    + value);
        }
        return symbol;
    }

    static String seriesId(String value) {
        String id = SeriesIds.normalize(value);
        if (!SeriesIds.isValid(id)) {
            throw new IllegalArgumentException("--series must be a series id of 1 to 40 characters A-Z 0-9 . ^ = _ -, "
                    + "but was " + value);
        }
        return id;
    }

    /** An ISO date-time with an offset, or without one read in {@code zone}. */
    static Instant instant(String option, String value, ZoneId zone) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(option + " must be a date-time such as 2026-01-21T08:05 ("
                        + zone.getId() + ") or 2026-01-21T08:05-05:00, but was " + value);
            }
        }
    }

    static ZoneId zone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--zone must be a time zone that exists, e.g. America/New_York, but was "
                    + value);
        }
    }
}
