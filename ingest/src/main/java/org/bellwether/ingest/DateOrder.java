package org.bellwether.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of day and month in dates written with slashes ({@code 03/16/2020} in the US, {@code 16/03/2020} in
 * Europe). ISO dates need none; dates with dots ({@code 16.03.2020}) are always day first.
 */
public enum DateOrder {
    /** Found from the file: a first number above 12 makes it day first, a second one month first. */
    AUTO,
    /** Month, day, year: the US order. */
    MDY,
    /** Day, month, year: the European order. */
    DMY;

    private static final Pattern SLASH_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final int SNIFF_BYTES = 1 << 16;
    /** The order of the import running on this thread: the date parsers read it (see {@link #during}). */
    private static final ThreadLocal<DateOrder> CURRENT = ThreadLocal.withInitial(() -> AUTO);

    /** The pattern of a slash date: day or month, month or day, four-digit year. */
    static Pattern slashDate() {
        return SLASH_DATE;
    }

    /** The order the import on this thread reads slash dates in. */
    static DateOrder current() {
        return CURRENT.get();
    }

    /** Runs {@code work} (one import) with slash dates read in {@code order}. */
    static <T> T during(DateOrder order, Supplier<T> work) {
        DateOrder before = CURRENT.get();
        CURRENT.set(order);
        try {
            return work.get();
        } finally {
            CURRENT.set(before);
        }
    }

    /**
     * The order of {@code file}'s slash dates: this order unless AUTO; else the one its dates show (a number above 12
     * first or second), read from the whole file when its start holds slash dates; AUTO when they never tell.
     */
    DateOrder resolve(Path file, String name) {
        if (this != AUTO || !startHasSlashDates(file)) {
            return this;
        }
        boolean dayFirst = false;
        boolean monthFirst = false;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher date = SLASH_DATE.matcher(line);
                while (date.find()) {
                    dayFirst |= Integer.parseInt(date.group(1)) > 12;
                    monthFirst |= Integer.parseInt(date.group(2)) > 12;
                }
                if (dayFirst && monthFirst) {
                    throw new BadInputException(name, "writes dates both day first and month first (e.g. 16/03 and "
                            + "03/16); make them one order");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return this; // not text: the importer says what it is
        }
        return dayFirst ? DMY : monthFirst ? MDY : AUTO;
    }

    private static boolean startHasSlashDates(Path file) {
        if (!Files.isRegularFile(file)) {
            return false; // the importer names what is wrong with it
        }
        try (InputStream in = Files.newInputStream(file)) {
            return SLASH_DATE.matcher(new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.ISO_8859_1)).find();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
