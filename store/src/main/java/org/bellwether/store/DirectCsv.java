package org.bellwether.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file DuckDB can load as it is: its columns' types in file order (named {@code c0}, {@code c1}, ...) and one
 * SQL expression over them per store column (e.g. {@code c2}, {@code NULL}, or a quoted constant symbol). Used when
 * the importer finds every value of the file already in canonical form, so DuckDB's parallel reader loads it while
 * the importer validates it.
 *
 * @param file the CSV file, with one header line
 * @param columnTypes the DuckDB type of each file column
 * @param select one expression per store column, in the table's column order
 */
public record DirectCsv(Path file, List<String> columnTypes, List<String> select) {

    /** Copies the lists. */
    public DirectCsv {
        columnTypes = List.copyOf(columnTypes);
        select = List.copyOf(select);
    }

    /** A SQL string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
