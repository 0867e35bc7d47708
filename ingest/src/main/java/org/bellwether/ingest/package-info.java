/**
 * Importers for the formats people have: long and wide CSV, Yahoo Finance and Stooq downloads, FRED series,
 * Parquet and JSON. Every bad value is reported with its file, line, field, the value found and what was expected;
 * a file is imported whole, or (with skip-bad-rows) its good rows are and the rest go to {@code FILE.rejects.csv}.
 */
package org.bellwether.ingest;
