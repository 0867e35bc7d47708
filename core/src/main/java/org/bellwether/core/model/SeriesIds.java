package org.bellwether.core.model;

import java.util.regex.Pattern;

/**
 * Macro series ids: like symbols, but up to 40 characters, since statistical agencies name series at length
 * ({@code PRIVATE_SERVICE_PROVIDING} in the BLS employment data).
 */
public final class SeriesIds {

    /** The pattern every stored series id matches. */
    public static final Pattern PATTERN = Pattern.compile("[A-Z0-9.^=_-]{1,40}");

    private static final Pattern CURVE = Pattern.compile("T10Y(?:\\d+[YM]|FF)");

    private SeriesIds() {
    }

    /** A series id from a name or column header: trimmed, upper case, spaces and dashes as underscores. */
    public static String normalize(String raw) {
        return Symbols.normalize(raw).replaceAll("[\\s-]+", "_");
    }

    /**
     * Whether {@code id} is a credit spread, which widens and tightens rather than rises and falls: the ICE BofA
     * option-adjusted spreads FRED publishes ({@code BAMLH0A0HYM2}, {@code BAMLC0A0CM}). A yield curve spread
     * ({@code T10Y2Y}) is not one: it steepens and flattens.
     */
    public static boolean isCreditSpread(String id) {
        return id.startsWith("BAML");
    }

    /**
     * Whether {@code id} is a yield curve spread, the 10-year yield minus a shorter one ({@code T10Y2Y},
     * {@code T10Y3M}, {@code T10YFF}), which steepens and flattens.
     */
    public static boolean isCurveSpread(String id) {
        return CURVE.matcher(id).matches();
    }

    /** Whether {@code id} matches {@link #PATTERN}. */
    public static boolean isValid(String id) {
        return PATTERN.matcher(id).matches();
    }
}
