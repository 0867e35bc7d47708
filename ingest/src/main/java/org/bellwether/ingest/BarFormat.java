package org.bellwether.ingest;

/** The bar file formats {@code import bars} reads; see docs/import-formats.md. */
public enum BarFormat {
    /** Recognise the format from the file's first bytes and header. */
    AUTO,
    /** One row per symbol and date or timestamp, columns named in the header in any order. */
    LONG,
    /** A date column and one close column per symbol. */
    WIDE,
    /** A Yahoo Finance download: Date,Open,High,Low,Close,Adj Close,Volume, symbol from --symbol or the file name. */
    YAHOO,
    /** A Stooq download: daily or intraday web downloads, or the bulk {@code <TICKER>,<PER>,<DATE>,<TIME>,...} files. */
    STOOQ,
    /** A Parquet file with the columns of the long format (as {@code export} writes them). */
    PARQUET
}
