package org.bellwether.report.check;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.calendar.ToDate;

/**
 * Finds the periods and dates a sentence names and resolves them against the as-of date: explicit ("on April 4", "in
 * January 2026", "in the second half of 2025", "from March to December") and relative ("since the start of the
 * month", "year-to-date as of January 22", "in a single session", "over the past three weeks"). A date without a year
 * takes the as-of year, or the year before when that would put it after the as-of date.
 */
final class PeriodReader {

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?"
            + "|dec\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    /** A date, after its weekday or not: "June 16, 2022", "Thursday, June 16, 2022", "Aug. 5". */
    private static final String DATE = "(?:(?:" + WEEKDAYS + "),? )?" + MONTH + " " + DAY + "(?:,? " + YEAR + ")?";
    private static final String COUNT = "(\\d+|[a-z]+(?:-[a-z]+)?)";

    private record Rule(Pattern pattern, Function<MatchResult, Period> resolve) {
    }

    /** The days of a month "early" March means (1 to 10), "mid-March" the next as many, "late March" the rest. */
    private static final int EARLY_DAYS = 10;

    private final LocalDate asOf;
    private final List<Rule> rules = new ArrayList<>();

    /** A reader resolving relative periods against {@code asOf}; {@code window} sessions make "a single session". */
    PeriodReader(LocalDate asOf, int window) {
        this.asOf = asOf;
        rule("(?:in |during )?(early|mid|late)[- ](last|this) month", m -> { // "early last month": before "last month"
            LocalDate month = asOf.minusMonths(m.group(2).equalsIgnoreCase("last") ? 1 : 0);
            return monthPart(m.group(1), month.getMonth().name(), String.valueOf(month.getYear()));
        });
        rule("(?:year-to-date|year to date|ytd|so far this year|since the start of the year|this year|of the year)"
                + "(?: as of " + DATE + ")?", m -> Period.toDate(ToDate.YEAR, m.group(1) == null ? asOf
                        : date(m.group(1), m.group(2), m.group(3))));
        for (ToDate toDate : List.of(ToDate.WEEK, ToDate.QUARTER)) { // year and month: just below, with "as of"
            String unit = toDate.name().toLowerCase(Locale.ROOT);
            rule("(?:" + unit + "-to-date|" + unit + " to date|so far this " + unit + "|this " + unit + ")",
                    m -> Period.toDate(toDate, asOf));
        }
        for (ToDate toDate : ToDate.values()) { // "For the year:", "for the week", "on the month"
            rule("(?:for|on|over) the " + toDate.name().toLowerCase(Locale.ROOT), m -> Period.toDate(toDate, asOf));
        }
        rule("(?:month-to-date|month to date|mtd|so far this month|since the start of the month|this month)"
                + "(?: as of " + DATE + ")?", m -> Period.monthToDate(m.group(1) == null ? asOf
                        : date(m.group(1), m.group(2), m.group(3))));
        rule("(?:in|during|over) (?:a single|one|a single trading) (?:session|day)|on the day|in one day", m -> new Period(
                Period.Type.ANY_RECENT_SESSION, null, asOf, "any of the last " + window + " sessions up to " + asOf));
        rule("from " + MONTH + "(?: " + YEAR + ")? (?:to|through|until|till) " + MONTH + "(?: " + YEAR + ")?",
                this::monthRange);
        rule("(?:in |during |over )?the (first|second) half of " + YEAR, m -> {
            int year = Integer.parseInt(m.group(2));
            boolean first = m.group(1).equals("first");
            LocalDate end = first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            return Period.range(first ? LocalDate.of(year - 1, 12, 31) : LocalDate.of(year, 6, 30), end,
                    "the " + m.group(1) + " half of " + year);
        });
        rule("(?:in |during )?(?:the )?(first|second|third|fourth) quarter of " + YEAR + "|(?:in )?q([1-4]) " + YEAR,
                m -> quarter(m.group(1) != null ? List.of("first", "second", "third", "fourth").indexOf(m.group(1)) + 1
                        : Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(4))));
        rule("on " + DATE, m -> {
            LocalDate day = date(m.group(1), m.group(2), m.group(3));
            return new Period(Period.Type.SESSION, null, day, "the session of " + day);
        });
        rule("since " + DATE, m -> {
            return Period.since(date(m.group(1), m.group(2), m.group(3)), asOf);
        });
        rule("since (?:(early|mid|late)[- ])?" + MONTH + "(?:,? " + YEAR + ")?", m -> { // "since January", "since mid-May"
            Period named = monthPart(m.group(1), m.group(2), m.group(3));
            return Period.since(named.start().plusDays(1), named.end(), named.label().replaceFirst(" \\(.*", ""), asOf);
        });
        rule("(?:in |during |over )?the (?:first|last|past) " + COUNT + " (sessions|trading days|trading sessions|days"
                + "|weeks|months|years)"
                + "(?: of " + MONTH + "(?: " + YEAR + ")?)?", this::lastUnits);
        rule("(?:for |during |in |over )?(?:last|the previous|the prior) (week|month|year)", m -> previous(m.group(1)));
        rule("(?:for )?(?:the )?(?:last|past) (session|day|week|month|year)", m -> lastUnits(m.group(1), 1));
        rule("(?:in|over) " + COUNT + " (?:trading )?(sessions|days)", m -> lastUnits(m.group(2), count(m.group(1))));
        rule("(?:in |during )?" + MONTH + ",? " + YEAR, m -> month(month(m.group(1)), Integer.parseInt(m.group(2))));
        rule("(on )?((?:19|20)\\d{2}-\\d{2}-\\d{2})", m -> {
            LocalDate day = LocalDate.parse(m.group(2));
            return new Period(m.group(1) != null ? Period.Type.SESSION : Period.Type.DATE, null, day, day.toString());
        });
        rule(DATE, m -> new Period(Period.Type.DATE, null, date(m.group(1), m.group(2), m.group(3)),
                date(m.group(1), m.group(2), m.group(3)).toString()));
        rule("(?:on |last |this past )?(" + WEEKDAYS + ")(?:'s)?", m -> {
            LocalDate day = weekday(m.group(1));
            return new Period(Period.Type.SESSION, null, day, "the session of " + day);
        });
        rule("(?:in |during )?(early|mid|late)[- ]" + MONTH + "(?:,? " + YEAR + ")?",
                m -> monthPart(m.group(1), m.group(2), m.group(3)));
        rule("(?:in|during) " + MONTH + "(?![a-z])", m -> {
            Month month = month(m.group(1));
            int year = asOf.getYear() - (month.getValue() > asOf.getMonthValue() ? 1 : 0);
            return month(month, year);
        });
        rule("(?:in|during|for) " + YEAR + "|" + YEAR + "(?= (?:was|is|has been|had been|marked|ended|proved|became)\\b)",
                m -> {
            int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)); // under way: ends at the as-of date
            return Period.range(LocalDate.of(year - 1, 12, 31), min(LocalDate.of(year, 12, 31), asOf),
                    String.valueOf(year));
        });
    }

    private void rule(String regex, Function<MatchResult, Period> resolve) {
        rules.add(new Rule(Pattern.compile("(?<![\\w-])(?:" + regex + ")(?![\\w-])", Pattern.CASE_INSENSITIVE),
                resolve));
    }

    /** A period found in a text: where it is and what it means (null when it names no usable dates). */
    record Found(int start, int end, Period period) {
    }

    /** The periods in {@code text}, the earlier rules first, never overlapping, in text order. */
    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                    found.add(new Found(start, end, resolveOrNull(rule, matcher.toMatchResult())));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static Period resolveOrNull(Rule rule, MatchResult match) {
        try {
            return rule.resolve().apply(match);
        } catch (RuntimeException e) {
            return null; // "February 30", "the last zillion days": a period, but of no dates
        }
    }

    private Period monthRange(MatchResult m) {
        Month first = month(m.group(1));
        Month last = month(m.group(3));
        int lastYear = m.group(4) != null ? Integer.parseInt(m.group(4))
                : m.group(2) != null && first.compareTo(last) <= 0 ? Integer.parseInt(m.group(2))
                : asOf.getYear() - (last.getValue() > asOf.getMonthValue() ? 1 : 0);
        int firstYear = m.group(2) != null ? Integer.parseInt(m.group(2))
                : first.compareTo(last) <= 0 ? lastYear : lastYear - 1;
        LocalDate start = LocalDate.of(firstYear, first, 1).minusDays(1);
        LocalDate end = min(LocalDate.of(lastYear, last, 1).with(TemporalAdjusters.lastDayOfMonth()), asOf);
        return Period.range(start, end, name(first) + " " + firstYear + " to " + name(last) + " " + lastYear
                + " (" + start + " to " + end + ")");
    }

    /**
     * A month ("March", "March 2021"), or a part of it ("early March" the first {@value #EARLY_DAYS} days, "mid-March"
     * the next as many, "late March" the rest); without a year, the latest one up to the as-of date.
     */
    private Period monthPart(String part, String monthName, String yearText) {
        Month month = month(monthName);
        int year = yearText != null ? Integer.parseInt(yearText)
                : asOf.getYear() - (month.getValue() > asOf.getMonthValue() ? 1 : 0);
        if (part == null) {
            return month(month, year);
        }
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate from = switch (part.toLowerCase(Locale.ROOT)) {
            case "early" -> first;
            case "mid" -> first.withDayOfMonth(EARLY_DAYS + 1);
            default -> first.withDayOfMonth(2 * EARLY_DAYS + 1);
        };
        LocalDate to = min(part.equalsIgnoreCase("late") ? first.with(TemporalAdjusters.lastDayOfMonth())
                : from.plusDays(EARLY_DAYS - 1), asOf);
        return Period.range(from.minusDays(1), to, part.toLowerCase(Locale.ROOT) + "-" + name(month) + " " + year
                + " (" + from + " to " + to + ")");
    }

    private Period month(Month month, int year) {
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate end = min(first.with(TemporalAdjusters.lastDayOfMonth()), asOf);
        return Period.range(first.minusDays(1), end, name(month) + " " + year + " (" + first.minusDays(1) + " to "
                + end + ")");
    }

    /** The calendar week, month or year before the as-of date's ("last week", "the previous month"). */
    private Period previous(String unit) {
        LocalDate first = switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> asOf.with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
            case "month" -> asOf.withDayOfMonth(1).minusMonths(1);
            default -> asOf.withDayOfYear(1).minusYears(1);
        };
        LocalDate last = switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> first.plusDays(6);
            case "month" -> first.with(TemporalAdjusters.lastDayOfMonth());
            default -> first.withMonth(12).withDayOfMonth(31);
        };
        return Period.range(first.minusDays(1), last, "the previous " + unit.toLowerCase(Locale.ROOT) + " ("
                + first + " to " + last + ")");
    }

    private Period quarter(int quarter, int year) {
        LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
        LocalDate end = min(first.plusMonths(3).minusDays(1), asOf);
        return Period.range(first.minusDays(1), end, "Q" + quarter + " " + year + " (" + first.minusDays(1) + " to "
                + end + ")");
    }

    private static long count(String words) {
        return words.chars().allMatch(Character::isDigit) ? Long.parseLong(words) : NumberWords.value(words)
                .orElseThrow();
    }

    private Period lastUnits(MatchResult m) {
        long count = count(m.group(1));
        if (m.group(3) != null) { // "the first three weeks of January"
            Month month = month(m.group(3));
            int year = m.group(4) != null ? Integer.parseInt(m.group(4))
                    : asOf.getYear() - (month.getValue() > asOf.getMonthValue() ? 1 : 0);
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate end = min(first.plus(count, unit(m.group(2))).minusDays(1), asOf);
            return Period.range(first.minusDays(1), end, first.minusDays(1) + " to " + end);
        }
        return lastUnits(m.group(2), count);
    }

    /** The last {@code count} units up to the as-of date; sessions and days count sessions of the exchange. */
    private Period lastUnits(String unit, long count) {
        if (unit(unit) == ChronoUnit.DAYS) {
            return Period.lastSessions(Math.toIntExact(count), asOf);
        }
        LocalDate start = asOf.minus(count, unit(unit));
        return Period.range(start, asOf, start + " to " + asOf);
    }

    private static ChronoUnit unit(String word) {
        String singular = word.toLowerCase(Locale.ROOT).replaceFirst("^trading ", "").replaceAll("s$", "");
        return switch (singular) {
            case "session", "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
    }

    private LocalDate date(String month, String day, String year) {
        Month m = month(month);
        LocalDate date = LocalDate.of(year != null ? Integer.parseInt(year) : asOf.getYear(), m, Integer.parseInt(day));
        // a date without a year is the nearest one: the as-of year, or the one before for a month still to come
        if (year == null && date.isAfter(asOf) && date.getMonthValue() > asOf.getMonthValue()) {
            date = date.minusYears(1);
        }
        return date;
    }

    /** The latest {@code name}day on or before the as-of date ("Friday" on a Monday is three days before). */
    private LocalDate weekday(String name) {
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        return asOf.with(TemporalAdjusters.previousOrSame(day));
    }

    private static Month month(String text) {
        String prefix = text.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
        for (Month month : Month.values()) {
            if (name(month).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + text);
    }

    private static String name(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.US);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
