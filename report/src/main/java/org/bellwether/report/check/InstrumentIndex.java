package org.bellwether.report.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.model.InstrumentName;
import org.bellwether.facts.MarketData;
import org.bellwether.report.SeriesNames;

/**
 * The names a text may use for the store's instruments and macro series: symbols (as written, three characters or
 * more), names and aliases (any case, "the Russell 2000", "small caps"), and for the macro series the store holds the
 * usual names of well-known FRED series ("the two-year Treasury yield", "credit spreads").
 */
final class InstrumentIndex {

    /** A mention of an instrument in a text. */
    record Mention(int start, int end, String symbol) {
    }

    private final Map<String, String> symbolByName = new HashMap<>();
    private final Map<String, String> kinds = new HashMap<>();
    private final Pattern names;
    private final Pattern symbols;
    private final Pattern namePrefix;

    private InstrumentIndex(Map<String, String> symbolByName, Map<String, String> kinds) {
        this.symbolByName.putAll(symbolByName);
        this.kinds.putAll(kinds);
        String nameAlternation = alternation(symbolByName.keySet().stream());
        names = Pattern.compile("(?<![\\w&])" + nameAlternation + "(?:['’]s?)?(?![\\w])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // a table row may run the name into the first number: "Russell 20002,310.45"
        namePrefix = Pattern.compile(nameAlternation, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        symbols = Pattern.compile("(?<![\\w^.])" + alternation(kinds.keySet().stream().filter(s -> s.length() >= 3))
                + "(?:['’]s?)?(?![\\w])");
    }

    /** One group matching any of {@code words}, the longest first (a group matching nothing when there are none). */
    private static String alternation(java.util.stream.Stream<String> words) {
        List<String> byLength = words.sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).toList();
        return byLength.isEmpty() ? "(\\b\\B)" : "(" + String.join("|", byLength) + ")";
    }

    /** The instruments of the store behind {@code data}, with the usual names of the macro series it holds. */
    static InstrumentIndex of(MarketData data) {
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
        Set<String> series = data.macro().macroSeries().keySet();
        SeriesNames.aliases().forEach((id, aliases) -> {
            if (series.contains(id)) {
                aliases.forEach(alias -> byName.putIfAbsent(alias.toLowerCase(Locale.ROOT), id));
            }
        });
        series.forEach(id -> kinds.putIfAbsent(id, "MACRO"));
        return new InstrumentIndex(byName, kinds);
    }

    /** Whether {@code symbol} is a macro series (a yield, a spread) rather than a priced instrument. */
    boolean isMacro(String symbol) {
        return "MACRO".equals(kinds.get(symbol)) || "RATE".equals(kinds.get(symbol))
                || "SPREAD".equals(kinds.get(symbol));
    }

    /** The mentions of instruments in {@code text}, in text order, the longest name winning. */
    List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        for (Pattern pattern : List.of(names, symbols)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                if (found.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    String key = matcher.group(1);
                    String symbol = kinds.containsKey(key) && pattern == symbols ? key
                            : symbolByName.get(key.toLowerCase(Locale.ROOT));
                    found.add(new Mention(start, end, symbol));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** The instrument whose name (or symbol) {@code text} starts with, even when a number follows unspaced. */
    Optional<Mention> atStart(String text) {
        Matcher matcher = namePrefix.matcher(text);
        if (matcher.lookingAt()) {
            return Optional.of(new Mention(0, matcher.end(), symbolByName.get(matcher.group(1)
                    .toLowerCase(Locale.ROOT))));
        }
        return find(text).stream().filter(m -> m.start() == 0).findFirst();
    }
}
