package org.bellwether.alerts.feed;

/** What the alert engine consumes, in the order things become known: bars, macro observations and news. */
public sealed interface MarketEvent permits Bar, MacroPoint, News {

    /** When it became known, epoch milliseconds: the end of a bar, the publication of an observation or a headline. */
    long knownAt();
}
