package org.bellwether.core.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** Instrument symbols: upper case, {@code [A-Z0-9.^=_-]{1,20}}. */
public final class Symbols {

    /** The pattern every stored symbol matches. */
    public static final Pattern PATTERN = Pattern.compile("[A-Z0-9.^=_-]{1,20}");

    private Symbols() {
    }

    /** Trims and upper-cases {@code raw}; the result may still be invalid, see {@link #isValid}. */
    public static String normalize(String raw) {
        return raw.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code symbol} matches {@link #PATTERN}. */
    public static boolean isValid(String symbol) {
        return PATTERN.matcher(symbol).matches();
    }
}
