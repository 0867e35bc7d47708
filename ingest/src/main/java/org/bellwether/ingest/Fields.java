package org.bellwether.ingest;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.model.Symbols;

/** Parsers for single field values, each throwing a {@link FieldException} that says what was expected. */
final class Fields {

    /** ISO local date-time with an offset written +05:00, +0500, +05 or Z. */
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private static final String DATE_EXPECTED = "a date like 2026-01-22 (or 20260122, 01/22/2026, 22.01.2026; a "
            + "month 2026-01, a quarter 2026Q1)";
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])");
    private static final Pattern FRACTIONAL_YEAR = Pattern.compile("\\d{4}\\.\\d+");

    private Fields() {
    }

    /**
     * Whether a raw value means "no value": empty, {@code .} (FRED), {@code null} (Yahoo), or the not-available
     * tokens of R, spreadsheets and pandas: {@code NA}, {@code N/A}, {@code #N/A}, {@code NaN} (any case).
     */
    static boolean isMissing(String raw) {
        if (raw == null || raw.isEmpty()) {
            return true;
        }
        char first = raw.charAt(0);
        if (first != ' ' && first != '\t' && first != '.' && first != 'n' && first != 'N' && first != '#') {
            return false; // the common case, decided without allocating
        }
        String value = raw.strip();
        return value.isEmpty() || value.equals(".") || value.equalsIgnoreCase("null") || value.equalsIgnoreCase("na")
                || value.equalsIgnoreCase("n/a") || value.equalsIgnoreCase("#n/a") || value.equalsIgnoreCase("nan");
    }

    /** A finite number. */
    static double number(String field, String raw) throws FieldException {
        String value = raw.strip();
        try {
            double parsed = JavaDoubleParser.parseDouble(value);
            if (Double.isFinite(parsed) && !value.startsWith("0x") && !value.startsWith("0X")) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FieldException(field, raw, "a finite decimal number");
    }

    /** A positive price. */
    static double price(String field, String raw) throws FieldException {
        double price = number(field, raw);
        if (price <= 0) {
            throw new FieldException(field, raw, "a positive price");
        }
        return price;
    }

    /** A non-negative amount. */
    static double nonNegative(String field, String raw) throws FieldException {
        double amount = number(field, raw);
        if (amount < 0) {
            throw new FieldException(field, raw, "a number that is not negative");
        }
        return amount;
    }

    /** A volume: a number that is not negative, whole for shares, with fractions for coins and currencies. */
    static double volume(String field, String raw) throws FieldException {
        double volume = number(field, raw);
        if (volume < 0) {
            throw new FieldException(field, raw, "a volume that is not negative");
        }
        return volume;
    }

    /** A whole number in {@code [min, max]}. */
    static int integer(String field, String raw, int min, int max) throws FieldException {
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FieldException(field, raw, "a whole number from " + min + " to " + max);
    }

    /**
     * A calendar date, ISO {@code yyyy-MM-dd} or compact {@code yyyyMMdd}; a month ({@code yyyy-MM}) or a quarter
     * ({@code yyyyQn}, {@code yyyy-Qn}) is its first day, as FRED dates a period's value.
     */
    static LocalDate date(String field, String raw) throws FieldException {
        String value = raw.strip();
        try {
            if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
                return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
            }
            if (value.length() == 8) {
                return LocalDate.of(digits(value, 0, 4), digits(value, 4, 6), digits(value, 6, 8));
            }
            if (value.length() == 7 && value.charAt(4) == '-' && value.charAt(5) != 'Q' && value.charAt(5) != 'q') {
                return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), 1);
            }
            Matcher slashes = DateOrder.slashDate().matcher(value);
            if (slashes.matches()) {
                return slashDate(field, raw, slashes);
            }
            Matcher dots = DOTTED_DATE.matcher(value);
            if (dots.matches()) { // 16.03.2020: day first wherever dots are written
                return LocalDate.of(Integer.parseInt(dots.group(3)), Integer.parseInt(dots.group(2)),
                        Integer.parseInt(dots.group(1)));
            }
            Matcher quarter = QUARTER.matcher(value);
            if (quarter.matches()) {
                return quarterStart(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new FieldException(field, raw, "a valid calendar date (" + e.getMessage() + ")");
        }
        if (FRACTIONAL_YEAR.matcher(value).matches()) {
            throw new FieldException(field, raw, "a date: " + value + " is a fractional year (an R time series' "
                    + "time), which names no day; export the series with its dates and import that");
        }
        throw new FieldException(field, raw, DATE_EXPECTED);
    }

    /** A slash date in the import's order, or in the order its numbers leave as the only one. */
    private static LocalDate slashDate(String field, String raw, Matcher date) throws FieldException {
        int first = Integer.parseInt(date.group(1));
        int second = Integer.parseInt(date.group(2));
        int year = Integer.parseInt(date.group(3));
        DateOrder order = DateOrder.current();
        if (order == DateOrder.AUTO && first <= 12 && second <= 12 && first != second) {
            throw new FieldException(field, raw, "a date whose order is known: " + raw.strip() + " could be day or "
                    + "month first and no date of the file tells; pass --date-order mdy (US, 03/16/2020) or dmy "
                    + "(16/03/2020)");
        }
        boolean dayFirst = order == DateOrder.DMY || order == DateOrder.AUTO && first > 12;
        return dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
    }

    /** The first day of quarter {@code quarter} (1 to 4) of {@code year}. */
    static LocalDate quarterStart(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new DateTimeException("a quarter is 1 to 4, not " + quarter);
        }
        return LocalDate.of(year, 3 * quarter - 2, 1);
    }

    private static int digits(String value, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a digit: " + c);
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    /** Whether a date or timestamp value carries a time of day (an epoch timestamp does). */
    static boolean hasTime(String raw) {
        String value = raw.strip();
        return value.length() > 10 && (value.charAt(10) == 'T' || value.charAt(10) == ' ') || isEpoch(value);
    }

    /** Whether {@code value} is a Unix time: 10 digits of seconds or 13 of milliseconds (2001 to 2286). */
    static boolean isEpoch(String value) {
        if (value.length() != 10 && value.length() != 13 || value.charAt(0) < '1' || value.charAt(0) > '9') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * An instant: ISO with an offset ({@code 2026-01-22T14:30:00Z}, {@code 2026-01-22 09:30-05:00}) or a zone
     * ({@code 2026-01-22T09:30:00[America/New_York]}), or naive ({@code 2026-01-22 09:30:00}) and read in
     * {@code zone}, or a Unix time (10 digits of seconds, 13 of milliseconds). A naive time that the zone skips (the
     * daylight-saving gap) is an error.
     */
    static Instant instant(String field, String raw, ZoneId zone) throws FieldException {
        String value = raw.strip();
        if (isEpoch(value)) {
            long number = Long.parseLong(value);
            return value.length() == 10 ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
        }
        if (value.length() > 10 && value.charAt(10) == ' ') {
            value = value.substring(0, 10) + 'T' + value.substring(11);
        }
        try {
            int bracket = value.indexOf('[');
            ZoneId readIn = zone;
            if (bracket > 0 && value.endsWith("]")) {
                readIn = zoneNamed(field, raw, value.substring(bracket + 1, value.length() - 1));
                value = value.substring(0, bracket);
            }
            if (hasOffset(value)) {
                return OffsetDateTime.parse(value, OFFSET_DATE_TIME).toInstant();
            }
            LocalDateTime local = LocalDateTime.parse(value);
            if (readIn.getRules().getValidOffsets(local).isEmpty()) {
                throw new FieldException(field, raw, "a time that exists in " + readIn
                        + " (this one falls in the daylight-saving gap)");
            }
            return local.atZone(readIn).toInstant();
        } catch (DateTimeParseException e) {
            throw new FieldException(field, raw,
                    "a timestamp like 2026-01-22T09:30:00, 2026-01-22 09:30-05:00 or 2026-01-22T14:30:00Z");
        }
    }

    private static boolean hasOffset(String value) {
        if (value.endsWith("Z") || value.endsWith("z")) {
            return true;
        }
        int sign = Math.max(value.lastIndexOf('+'), value.lastIndexOf('-'));
        return sign > 10;
    }

    /** A zone id that exists, e.g. {@code America/New_York}. */
    static ZoneId zoneNamed(String field, String raw, String zoneId) throws FieldException {
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new FieldException(field, raw, "a time zone that exists (no time zone is called \"" + zoneId
                    + "\"; e.g. America/New_York)");
        }
    }

    /** A compact Stooq time {@code HHmmss} (or {@code HH:mm[:ss]}) as {@code HH:mm:ss}. */
    static String time(String field, String raw) throws FieldException {
        String value = raw.strip().replace(":", "");
        if (value.length() == 4) {
            value = value + "00";
        }
        if (value.length() == 5) {
            value = "0" + value;
        }
        try {
            if (value.length() == 6) {
                int hour = digits(value, 0, 2);
                int minute = digits(value, 2, 4);
                int second = digits(value, 4, 6);
                if (hour < 24 && minute < 60 && second < 60) {
                    return value.substring(0, 2) + ":" + value.substring(2, 4) + ":" + value.substring(4, 6);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FieldException(field, raw, "a time of day like 093000 or 09:30:00");
    }

    /** A symbol, upper-cased. */
    static String symbol(String field, String raw) throws FieldException {
        String symbol = Symbols.normalize(raw);
        if (!Symbols.isValid(symbol)) {
            throw new FieldException(field, raw, "a symbol of 1 to 20 characters A-Z 0-9 . ^ = _ -");
        }
        return symbol;
    }

    /** One of the constants of {@code type}, case-insensitive. */
    static <E extends Enum<E>> E oneOf(String field, String raw, Class<E> type) throws FieldException {
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder names = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                names.append(names.isEmpty() ? "" : ", ").append(constant.name());
            }
            throw new FieldException(field, raw, "one of " + names);
        }
    }

    /** Whether a plain number's text can be written to staging as it is (DuckDB reads it to the same double). */
    static boolean isPlainNumber(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return !raw.isEmpty();
    }

    /** The staging text of a parsed number: the source text when plain, else its shortest exact decimal. */
    static String numberText(String raw, double parsed) {
        String value = raw.strip();
        return isPlainNumber(value) ? value : Double.toString(parsed);
    }
}
