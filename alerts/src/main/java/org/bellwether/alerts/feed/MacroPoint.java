package org.bellwether.alerts.feed;

import java.time.LocalDate;

/**
 * One observation of a macro series (FRED-style: a value for a date, in percent for yields and spreads).
 *
 * @param knownAt when it was published, epoch milliseconds (a replay takes the end of its date's session)
 */
public record MacroPoint(String series, LocalDate date, double value, long knownAt) implements MarketEvent {
}
