package org.bellwether.store;

/**
 * What an import read, for the store's import log.
 *
 * @param name the file (or other source) name
 * @param format the format it was read as
 * @param rowsRead data rows read from the source
 * @param rowsRejected rows the parser rejected before staging
 */
public record ImportSource(String name, String format, long rowsRead, long rowsRejected) {
}
