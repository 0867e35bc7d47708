package org.bellwether.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A source's column names, normalized for lookup: case, surrounding spaces, Stooq's angle brackets and
 * the difference between spaces, dashes and underscores do not matter ({@code Adj Close} = {@code adj_close}).
 */
final class Header {

    private final String file;
    private final List<String> original;
    private final List<String> normalized;

    Header(String file, List<String> columns) {
        this.file = file;
        this.original = List.copyOf(columns);
        List<String> names = new ArrayList<>();
        for (String column : columns) {
            names.add(normalize(column));
        }
        this.normalized = List.copyOf(names);
    }

    /**
     * This header with the columns {@code renames} names (normalized source name to field name, as {@code --map
     * SOURCE=FIELD} gives) called by their field names; a column already called by such a field name is set aside,
     * so that the mapped one is read. A renamed column that does not exist is an error listing the header.
     */
    Header renamed(Map<String, String> renames) {
        if (renames.isEmpty()) {
            return this;
        }
        List<String> columns = new ArrayList<>(original);
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            int index = normalized.indexOf(normalize(rename.getKey()));
            if (index < 0) {
                throw new BadInputException(file, 1, "line 1", "--map names the column " + rename.getKey()
                        + ", which the header does not have (it has: " + String.join(", ", original) + ")");
            }
            for (int i = 0; i < columns.size(); i++) {
                if (i != index && normalize(columns.get(i)).equals(normalize(rename.getValue()))) {
                    columns.set(i, columns.get(i) + " (not mapped)");
                }
            }
            columns.set(index, rename.getValue());
        }
        return new Header(file, columns);
    }

    static String normalize(String column) {
        return column.strip().replace("<", "").replace(">", "").toLowerCase(Locale.ROOT)
                .replace(' ', '_').replace('-', '_');
    }

    /** The index of the first column called any of {@code names}, or -1. */
    int find(String... names) {
        for (String name : names) {
            int index = normalized.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    /** The index of a required column called any of {@code names}. */
    int require(String... names) {
        int index = find(names);
        if (index < 0) {
            throw new BadInputException(file, 1, "line 1", "missing required column " + String.join(" or ", names)
                    + " (the header has: " + String.join(", ", original) + ")");
        }
        return index;
    }

    /** Whether a column called {@code name} exists. */
    boolean has(String name) {
        return normalized.contains(name);
    }

    /** The original name of column {@code index}. */
    String original(int index) {
        return original.get(index);
    }

    /** The normalized name of column {@code index}. */
    String normalized(int index) {
        return normalized.get(index);
    }

    int size() {
        return original.size();
    }
}
