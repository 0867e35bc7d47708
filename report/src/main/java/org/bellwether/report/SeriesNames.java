package org.bellwether.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The usual names of well-known FRED series ("the two-year Treasury yield" for DGS2, "credit spreads" for
 * BAMLH0A0HYM2): the note writes the first, the claim checker recognises them all.
 */
public final class SeriesNames {

    private static final Map<String, List<String>> ALIASES = load();

    private SeriesNames() {
    }

    /** Every known series id with its names, the name the note uses first. */
    public static Map<String, List<String>> aliases() {
        return ALIASES;
    }

    /** The name the note uses for {@code seriesId}, when it is a known series. */
    public static Optional<String> name(String seriesId) {
        return Optional.ofNullable(ALIASES.get(seriesId)).map(names -> names.get(0));
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        try (InputStream in = SeriesNames.class.getResourceAsStream("series-aliases.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).map(line -> line.split(",", 2))
                    .forEach(cells -> aliases.put(cells[0], List.of(cells[1].split(";"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(aliases);
    }
}
