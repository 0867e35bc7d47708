package org.bellwether.store;

/**
 * A column of a store table.
 *
 * @param name the column name
 * @param type its type
 * @param key whether it is part of the table's key (rows with equal keys replace each other)
 * @param required whether a row must have a value
 * @param description what the column holds, for the documentation
 */
public record Column(String name, ColumnType type, boolean key, boolean required, String description) {

    static Column key(String name, ColumnType type, String description) {
        return new Column(name, type, true, true, description);
    }

    static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, false, true, description);
    }

    static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, false, false, description);
    }
}
