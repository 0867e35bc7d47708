package org.bellwether.core.calendar;

import org.bellwether.core.model.InstrumentKind;

/** Which calendar a series' sessions follow, by the kind of instrument it is (DESIGN: "Calendars"). */
public final class Calendars {

    private Calendars() {
    }

    /** Round the clock for crypto; the NYSE's sessions for everything else, and when the kind is unknown (null). */
    public static TradingCalendar forKind(InstrumentKind kind) {
        return kind == InstrumentKind.CRYPTO ? RoundTheClockCalendar.INSTANCE : NyseCalendar.INSTANCE;
    }
}
