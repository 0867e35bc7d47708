package org.bellwether.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.model.SeriesIds;
import org.bellwether.core.model.Symbols;

/**
 * The request's parameters, checked at the edge: each bad one is a 400 naming the field and what was expected. A copy
 * taken on the request's thread, so that a heavy answer computed on another thread never reads a request that Jetty
 * has recycled.
 */
final class Params {

    /** The longest date range a request may ask for. */
    static final long MAX_RANGE_DAYS = 366L * 60;

    private final Map<String, String> values = new HashMap<>();
    private final String body;

    Params(Context ctx, boolean withBody) {
        ctx.queryParamMap().forEach((name, given) -> values.put(name, given.isEmpty() ? null : given.get(0)));
        values.putAll(ctx.pathParamMap());
        this.body = withBody ? ctx.body() : null;
    }

    private String raw(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The request's body (POST), or null. */
    String body() {
        return body;
    }

    String symbol(String name) {
        String value = required(name);
        String symbol = Symbols.normalize(value);
        if (!Symbols.isValid(symbol)) {
            throw ApiException.badRequest(name + " must be a symbol of 1 to 20 characters A-Z 0-9 . ^ = _ -, but was "
                    + value);
        }
        return symbol;
    }

    String optionalSymbol(String name) {
        return raw(name) == null ? null : symbol(name);
    }

    List<String> symbols(String name) {
        String value = required(name);
        List<String> symbols = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (symbols.isEmpty() || symbols.size() > 50) {
            throw ApiException.badRequest(name + " must list 1 to 50 symbols separated by commas, but was " + value);
        }
        return symbols.stream().map(s -> {
            String symbol = Symbols.normalize(s);
            if (!Symbols.isValid(symbol)) {
                throw ApiException.badRequest(name + " must list symbols of 1 to 20 characters A-Z 0-9 . ^ = _ -, but "
                        + "held " + s);
            }
            return symbol;
        }).toList();
    }

    String seriesId(String name) {
        String value = required(name);
        String id = SeriesIds.normalize(value);
        if (!SeriesIds.isValid(id)) {
            throw ApiException.badRequest(name + " must be a series id of 1 to 40 characters A-Z 0-9 . ^ = _ -, but was "
                    + value);
        }
        return id;
    }

    LocalDate date(String name) {
        String value = required(name);
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                throw ApiException.badRequest(name + " must be a date between 1900 and 2200, but was " + value);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be an ISO date such as 2026-01-22, but was " + value);
        }
    }

    LocalDate optionalDate(String name) {
        return raw(name) == null ? null : date(name);
    }

    /** {@code from} and {@code to}, in order and at most {@link #MAX_RANGE_DAYS} apart. */
    LocalDate[] range() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (to.isBefore(from)) {
            throw ApiException.badRequest("to must not be before from, but " + to + " is before " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
            throw ApiException.badRequest("from and to may be at most 60 years apart");
        }
        return new LocalDate[] {from, to};
    }

    int integer(String name, int defaultValue, int min, int max) {
        String value = raw(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", but was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, but was " + value);
        }
    }

    double number(String name, double defaultValue, double min, double max) {
        String value = raw(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!(parsed >= min && parsed <= max)) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", but was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a number, but was " + value);
        }
    }

    boolean flag(String name) {
        String value = raw(name);
        if (value == null) {
            return false;
        }
        return switch (value) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiException.badRequest(name + " must be true or false, but was " + value);
        };
    }

    String choice(String name, String defaultValue, List<String> allowed) {
        String value = raw(name);
        if (value == null) {
            return defaultValue;
        }
        if (!allowed.contains(value)) {
            throw ApiException.badRequest(name + " must be one of " + String.join(", ", allowed) + ", but was " + value);
        }
        return value;
    }

    /** {@code Name:percent} pairs separated by commas ({@code Materials:25,Industrials:10}), in order; none if absent. */
    Map<String, Double> shares(String name) {
        String value = raw(name);
        Map<String, Double> shares = new LinkedHashMap<>();
        if (value == null) {
            return shares;
        }
        for (String pair : value.split(",")) {
            int colon = pair.lastIndexOf(':');
            String key = colon < 0 ? "" : pair.substring(0, colon).strip();
            try {
                double pct = Double.parseDouble(pair.substring(colon + 1).strip().replace("%", ""));
                if (key.isEmpty() || !(pct > -100 && pct <= 1000)) {
                    throw new NumberFormatException();
                }
                shares.put(key, pct);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest(name + " must list Name:percent pairs separated by commas (percent above "
                        + "-100, at most 1000), but held " + pair.strip());
            }
        }
        return shares;
    }

    String text(String name) {
        return raw(name);
    }

    private String required(String name) {
        String value = raw(name);
        if (value == null) {
            throw ApiException.badRequest(name + " is required");
        }
        return value;
    }
}
