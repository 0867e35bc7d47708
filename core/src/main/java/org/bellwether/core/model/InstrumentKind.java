package org.bellwether.core.model;

/** What an instrument is. */
public enum InstrumentKind {
    INDEX, ETF, STOCK, RATE, SPREAD, MACRO, COMMODITY, CURRENCY, CRYPTO
}
