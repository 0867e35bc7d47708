package org.bellwether.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Bellwether knows by itself of the instruments people write about: the major indices of the US and abroad,
 * sector and asset ETFs, the VIX, Treasury yields and credit spreads, and the commodities, currencies and coins a
 * market story names. Each has its usual name, its kind, its symbols in the spellings of Yahoo, Stooq, FRED and the
 * wires (^GSPC, ^SPX, SPX, SP500), and the names a text calls it by ("the Dow", "the 10-year yield"), so that a store
 * holding {@code ^DJI} needs no instruments file to read "the Dow". The store's own names and aliases come first.
 */
public final class KnownInstruments {

    /**
     * One known instrument.
     *
     * @param name its usual name ("Dow Jones Industrial Average", "ten-year Treasury yield")
     * @param kind INDEX, ETF, RATE, SPREAD, COMMODITY, CURRENCY or CRYPTO
     * @param symbols its symbols in the spellings of the sources, the most usual first
     * @param aliases the other names a text calls it by
     * @param tracks for an ETF that tracks an index, the index's name; else null
     */
    public record Known(String name, String kind, List<String> symbols, List<String> aliases, String tracks) {

        /** Whether it is a yield, a rate or a spread: a percent level whose changes are told in basis points. */
        public boolean isRateOrSpread() {
            return kind.equals("RATE") || kind.equals("SPREAD");
        }

        /** Whether it is a volatility index (the VIX): a level of expected volatility, not a price. */
        public boolean isVolatility() {
            return kind.equals("INDEX") && name.contains("Volatility Index");
        }

        /** The first of its symbols that {@code held} contains, if any. */
        public Optional<String> heldAs(Collection<String> held) {
            return symbols.stream().filter(held::contains).findFirst();
        }
    }

    private static final List<Known> ALL = load();
    private static final Map<String, Known> BY_SYMBOL = bySymbol(ALL);

    private KnownInstruments() {
    }

    /** Every known instrument, in the order of the list. */
    public static List<Known> all() {
        return ALL;
    }

    /** The known instrument one of whose symbols is {@code symbol}. */
    public static Optional<Known> bySymbol(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }

    /**
     * The unit the reference knows for macro series {@code id}: percent for a yield, a rate or a spread, an index level
     * for an index such as the VIX (FRED's VIXCLS); empty for what it does not know.
     */
    public static Optional<String> unitOf(String id) {
        return bySymbol(id).map(Known::kind).flatMap(kind -> switch (kind) {
            case "RATE", "SPREAD" -> Optional.of("percent");
            case "INDEX" -> Optional.of("index");
            default -> Optional.empty();
        });
    }

    private static Map<String, Known> bySymbol(List<Known> all) {
        Map<String, Known> map = new HashMap<>();
        all.forEach(known -> known.symbols().forEach(symbol -> map.putIfAbsent(symbol, known)));
        return Map.copyOf(map);
    }

    private static List<Known> load() {
        try (InputStream in = KnownInstruments.class.getResourceAsStream("known-instruments.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(KnownInstruments::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A line of the list: name, kind, symbols, aliases (the two separated by ';'), and the index an ETF tracks (no
     * quoting: none needed).
     */
    private static Known parse(String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 5) {
            throw new IllegalStateException("known-instruments.csv: not five fields: " + line);
        }
        return new Known(cells[0], cells[1], List.of(cells[2].split(";")),
                cells[3].isEmpty() ? List.of() : List.of(cells[3].split(";")), cells[4].isEmpty() ? null : cells[4]);
    }

    /** The ETFs that track the index named {@code name}, the most usual first. */
    public static List<Known> tracking(String name) {
        return ALL.stream().filter(known -> name.equals(known.tracks())).toList();
    }
}
