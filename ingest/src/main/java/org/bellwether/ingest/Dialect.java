package org.bellwether.ingest;

import java.util.Map;

/**
 * What a user tells the importers about a file that they cannot find out themselves.
 *
 * @param columns source columns read as the fields named ({@code --map "Trade Date=date"}), by source name
 * @param dateOrder the order of day and month in slash dates ({@code --date-order}); AUTO finds it from the file
 */
public record Dialect(Map<String, String> columns, DateOrder dateOrder) {

    /** Nothing told: every column by its own name, the date order found from the file. */
    public static final Dialect NONE = new Dialect(Map.of(), DateOrder.AUTO);

    /** Copies the map. */
    public Dialect {
        columns = Map.copyOf(columns);
    }
}
