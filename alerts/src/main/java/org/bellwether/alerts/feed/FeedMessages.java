package org.bellwether.alerts.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.calendar.TradingCalendar;
import org.bellwether.core.model.SeriesIds;
import org.bellwether.core.model.Symbols;

/**
 * The feed message format shared by the WebSocket, Kafka and file sources (docs/alerts.md), one JSON object per
 * message:
 * <pre>
 * {"type":"bar","symbol":"RUT","interval":"1m","time":"2026-01-21T12:30:00-05:00","open":..,"high":..,"low":..,"close":..,"volume":..}
 * {"type":"bar","symbol":"RUT","interval":"1d","date":"2026-01-21","high":..,"low":..,"close":..,"volume":..}
 * {"type":"macro","series":"BAMLH0A0HYM2","date":"2026-01-21","value":2.80}
 * {"type":"news","id":"n1","time":"2026-01-21T08:05:00-05:00","headline":"...","tags":["trade-policy"],"symbols":["RUT"]}
 * </pre>
 * A 1-minute bar outside its session's hours is not an event (the batch engine uses session bars only).
 */
public final class FeedMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TradingCalendar calendar;

    /** Messages read under {@code calendar} (sessions, opens and closes). */
    public FeedMessages(TradingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The event of one message; empty for a bar outside the session.
     *
     * @throws IllegalArgumentException naming the field and what was expected, for a malformed message
     */
    public Optional<MarketEvent> parse(String message) {
        JsonNode node;
        try {
            node = JSON.readTree(message);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, but was " + abbreviate(message));
        }
        return parse(node);
    }

    /** The event of one message already read as JSON; as {@link #parse(String)}. */
    public Optional<MarketEvent> parse(JsonNode node) {
        String type = text(node, "type");
        return switch (type) {
            case "bar" -> bar(node);
            case "macro" -> Optional.of(macro(node));
            case "news" -> Optional.of(new News(text(node, "id"), time(node, "time"), text(node, "headline"),
                    list(node, "tags"), list(node, "symbols").stream().map(Symbols::normalize).toList()));
            default -> throw new IllegalArgumentException("type must be bar, macro or news, but was " + type);
        };
    }

    private Optional<MarketEvent> bar(JsonNode node) {
        String symbol = Symbols.normalize(text(node, "symbol"));
        if (!Symbols.isValid(symbol)) {
            throw new IllegalArgumentException("symbol must be 1 to 20 characters A-Z 0-9 . ^ = _ -, but was " + symbol);
        }
        String interval = node.has("interval") ? text(node, "interval") : "1m";
        double close = positive(node, "close");
        double high = optionalNumber(node, "high");
        double low = optionalNumber(node, "low");
        double open = optionalNumber(node, "open");
        double volume = optionalNumber(node, "volume");
        if (interval.equals("1d")) {
            LocalDate date = date(node, "date");
            long sessionOpen = dailyOpen(calendar, date);
            return Optional.of(new Bar(symbol, date, sessionOpen, sessionOpen, 0, dailyClose(calendar, date), open,
                    high, low, close, volume));
        }
        if (!interval.equals("1m")) {
            throw new IllegalArgumentException("interval must be 1m or 1d, but was " + interval);
        }
        Instant start = time(node, "time");
        LocalDate session = start.atZone(calendar.zone()).toLocalDate();
        if (!calendar.isSession(session) || start.isBefore(calendar.sessionOpen(session))
                || !start.isBefore(calendar.sessionClose(session))) {
            return Optional.empty();
        }
        return Optional.of(new Bar(symbol, session, calendar.sessionOpen(session).getEpochSecond(),
                start.getEpochSecond(), 60, start.getEpochSecond() + 60, open, high, low, close, volume));
    }

    private MacroPoint macro(JsonNode node) {
        String series = SeriesIds.normalize(text(node, "series"));
        if (!SeriesIds.isValid(series)) {
            throw new IllegalArgumentException("series must be a series id such as DGS2, but was " + series);
        }
        LocalDate date = date(node, "date");
        double value = optionalNumber(node, "value");
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("value must be a number");
        }
        long knownAt = node.has("time") ? time(node, "time").toEpochMilli() : date.atTime(ReplaySource.MACRO_KNOWN_AT)
                .atZone(calendar.zone()).toInstant().toEpochMilli();
        return new MacroPoint(series, date, value, knownAt);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is required (a string)");
        }
        return value.asText().strip();
    }

    private static Instant time(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be an ISO time with an offset such as "
                    + "2026-01-21T12:30:00-05:00, but was " + value);
        }
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be an ISO date such as 2026-01-21, but was " + value);
        }
    }

    private static double optionalNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(field + " must be a number, but was " + abbreviate(value.toString()));
        }
        return value.asDouble();
    }

    private static double positive(JsonNode node, String field) {
        double value = optionalNumber(node, field);
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive number");
        }
        return value;
    }

    private static List<String> list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " must be a list of strings");
        }
        value.forEach(item -> items.add(item.asText()));
        return items;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static String firstLine(String message) {
        int newline = String.valueOf(message).indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }

    /**
     * When the session of a daily bar dated {@code date} opens, in epoch seconds: the calendar's hours, or 09:30 where
     * it knows none (a bar dated on a holiday, or older than the calendar's holidays: an index's history since 1987
     * still warms the rules up).
     */
    static long dailyOpen(TradingCalendar calendar, LocalDate date) {
        return knowsSession(calendar, date) ? calendar.sessionOpen(date).getEpochSecond()
                : date.atTime(9, 30).atZone(calendar.zone()).toEpochSecond();
    }

    /** When that session closes: the calendar's hours, or 16:00 where it knows none. */
    static long dailyClose(TradingCalendar calendar, LocalDate date) {
        return knowsSession(calendar, date) ? calendar.sessionClose(date).getEpochSecond()
                : date.atTime(16, 0).atZone(calendar.zone()).toEpochSecond();
    }

    private static boolean knowsSession(TradingCalendar calendar, LocalDate date) {
        return calendar.supports(date) && calendar.isSession(date);
    }
}
