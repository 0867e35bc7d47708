package org.bellwether.report.check;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.model.InstrumentName;
import org.bellwether.facts.KnownInstruments;
import org.bellwether.facts.MarketData;

/**
 * The names a text may use for the store's instruments and macro series: symbols (as written, three characters or
 * more), names and aliases (any case, "the Russell 2000", "small caps"), and the usual names and symbol spellings of
 * the instruments Bellwether knows by itself ({@link KnownInstruments}: "the Dow" for a store holding ^DJI, "the
 * 10-year yield" for DGS10). A known instrument the store does not hold is still recognised, so that a claim about it
 * is unverifiable for that reason rather than read as a claim about another instrument.
 */
final class InstrumentIndex {

    /**
     * A mention of an instrument in a text.
     *
     * @param symbol the store's symbol, or null when the store does not hold it
     * @param unheld the known instrument mentioned when the store does not hold it, else null
     */
    record Mention(int start, int end, String symbol, KnownInstruments.Known unheld) {
    }

    private final Map<String, String> symbolByName = new HashMap<>();
    private final Map<String, KnownInstruments.Known> unheldByName = new HashMap<>();
    private final Map<String, String> kinds = new HashMap<>();
    private final Pattern names;
    private final Pattern namePrefix;
    private final Pattern symbols;

    private InstrumentIndex(Map<String, String> symbolByName, Map<String, KnownInstruments.Known> unheldByName,
            Map<String, String> kinds) {
        this.symbolByName.putAll(symbolByName);
        this.unheldByName.putAll(unheldByName);
        this.kinds.putAll(kinds);
        String nameAlternation = alternation(java.util.stream.Stream.concat(symbolByName.keySet().stream(),
                unheldByName.keySet().stream()));
        names = Pattern.compile(nameAlternation + "(?:['’]s?)?(?![\\w])", Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE);
        // a table row may run the name into the first number: "Russell 20002,310.45"
        namePrefix = Pattern.compile(nameAlternation, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        symbols = Pattern.compile(alternation(kinds.keySet().stream().filter(s -> s.length() >= 3))
                + "(?:['’]s?)?(?![\\w])");
    }

    /** One group matching any of {@code words}, the longest first (a group matching nothing when there are none). */
    private static String alternation(java.util.stream.Stream<String> words) {
        List<String> byLength = words.distinct().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).toList();
        return byLength.isEmpty() ? "(\\b\\B)" : "(" + String.join("|", byLength) + ")";
    }

    /** The instruments of the store behind {@code data}, and the known instruments it holds or not. */
    static InstrumentIndex of(MarketData data, LocalDate asOf) {
        Map<String, String> byName = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (InstrumentName instrument : data.reference().instrumentNames()) {
            kinds.put(instrument.symbol(), instrument.kind() == null ? "" : instrument.kind());
            if (instrument.name() != null && !instrument.name().isBlank()) {
                byName.putIfAbsent(instrument.name().toLowerCase(Locale.ROOT), instrument.symbol());
            }
            instrument.aliases().forEach(alias -> byName.putIfAbsent(alias.toLowerCase(Locale.ROOT),
                    instrument.symbol()));
        }
        data.macro().macroSeries().keySet().forEach(id -> kinds.putIfAbsent(id, "MACRO"));
        List<String> withBars = data.dailySymbols();
        withBars.forEach(symbol -> kinds.putIfAbsent(symbol, ""));
        Map<String, KnownInstruments.Known> unheld = new LinkedHashMap<>();
        for (KnownInstruments.Known known : KnownInstruments.all()) {
            List<String> spellings = new ArrayList<>(known.aliases());
            spellings.add(known.name());
            Optional<String> held = data.heldOn(known.symbols(), asOf, withBars).or(() -> known.heldAs(kinds.keySet()));
            for (String spelling : spellings) {
                String key = spelling.toLowerCase(Locale.ROOT);
                if (held.isPresent()) {
                    byName.putIfAbsent(key, held.get());
                } else if (!byName.containsKey(key)) {
                    unheld.putIfAbsent(key, known);
                }
            }
        }
        return new InstrumentIndex(byName, unheld, kinds);
    }

    /** A held ETF that tracks the index {@code known} (SPY for the S&P 500), if the store holds one. */
    Optional<String> standIn(KnownInstruments.Known known) {
        return KnownInstruments.tracking(known.name()).stream().map(etf -> etf.heldAs(kinds.keySet()))
                .flatMap(Optional::stream).findFirst();
    }

    /** Whether {@code symbol} is a macro series (a yield, a spread) rather than a priced instrument. */
    boolean isMacro(String symbol) {
        return "MACRO".equals(kinds.get(symbol)) || "RATE".equals(kinds.get(symbol))
                || "SPREAD".equals(kinds.get(symbol));
    }

    /**
     * The mentions of instruments in {@code text}, in text order: of the names that overlap, the longest wins ("The
     * S&P 500" is the S&P 500, not "The S&P" and a number), and a name wins over a symbol of the same length.
     */
    List<Mention> find(String text) {
        List<Mention> candidates = new ArrayList<>();
        for (Pattern pattern : List.of(names, symbols)) {
            Matcher matcher = pattern.matcher(text);
            for (int start = 0; start < text.length(); start++) {
                if (start > 0 && isNamePart(text.charAt(start - 1)) || !isNameStart(text.charAt(start))) {
                    continue;
                }
                matcher.region(start, text.length());
                if (matcher.lookingAt()) {
                    candidates.add(mention(pattern == symbols, start, matcher.end(), matcher.group(1)));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed());
        List<Mention> found = new ArrayList<>();
        for (Mention candidate : candidates) {
            if (found.stream().noneMatch(m -> m.start() < candidate.end() && candidate.start() < m.end())) {
                found.add(candidate);
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private Mention mention(boolean symbol, int start, int end, String key) {
        if (symbol) {
            return new Mention(start, end, key, null);
        }
        String lower = key.toLowerCase(Locale.ROOT);
        KnownInstruments.Known unheld = unheldByName.get(lower);
        return unheld != null ? new Mention(start, end, null, unheld)
                : new Mention(start, end, symbolByName.get(lower), null);
    }

    /** A character that continues a name or symbol: a mention never starts right after one. */
    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '&' || c == '^' || c == '.';
    }

    private static boolean isNameStart(char c) {
        return Character.isLetterOrDigit(c) || c == '^' || c == '$' || c == '.';
    }

    /** The instrument whose name (or symbol) {@code text} starts with, even when a number follows unspaced. */
    Optional<Mention> atStart(String text) {
        Matcher matcher = namePrefix.matcher(text);
        if (matcher.lookingAt()) {
            return Optional.of(mention(false, 0, matcher.end(), matcher.group(1)));
        }
        return find(text).stream().filter(m -> m.start() == 0).findFirst();
    }
}
