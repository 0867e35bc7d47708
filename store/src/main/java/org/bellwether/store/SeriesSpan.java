package org.bellwether.store;

import java.time.LocalDate;

/**
 * One symbol's daily bars as a span: how many, from when to when.
 *
 * @param symbol the symbol
 * @param bars its bars (distinct dates)
 * @param first its first date
 * @param last its last date
 */
public record SeriesSpan(String symbol, long bars, LocalDate first, LocalDate last) {
}
