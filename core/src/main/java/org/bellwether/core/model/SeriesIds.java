package org.bellwether.core.model;

import java.util.regex.Pattern;

/**
 * Macro series ids: like symbols, but up to 40 characters, since statistical agencies name series at length
 * ({@code PRIVATE_SERVICE_PROVIDING} in the BLS employment data).
 */
public final class SeriesIds {

    /** The pattern every stored series id matches. */
    public static final Pattern PATTERN = Pattern.compile("[A-Z0-9.^=_-]{1,40}");

    private SeriesIds() {
    }

    /** A series id from a name or column header: trimmed, upper case, spaces and dashes as underscores. */
    public static String normalize(String raw) {
        return Symbols.normalize(raw).replaceAll("[\\s-]+", "_");
    }

    /** Whether {@code id} matches {@link #PATTERN}. */
    public static boolean isValid(String id) {
        return PATTERN.matcher(id).matches();
    }
}
