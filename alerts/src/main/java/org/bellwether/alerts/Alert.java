package org.bellwether.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fired alert: what fired, on what, when, the facts it rests on and a live note written from them.
 *
 * @param key idempotent: the same rule, subject and moment always give the same key, so a restart or a second
 *     delivery can be recognised
 * @param rule the rule's id
 * @param type the rule's type (breakout, record_high, ...)
 * @param severity info, warning or critical
 * @param symbol the instrument, or the series for macro rules, or null for news
 * @param at the moment it happened: the start of the bar (a daily bar: its session's close), the observation's
 *     publication, the headline's time
 * @param session the session (or observation date) it belongs to
 * @param facts the numbers behind it, by name, in the units their names say
 * @param note one paragraph in words
 */
public record Alert(String key, String rule, String type, String severity, String symbol, Instant at, LocalDate session,
        Map<String, Object> facts, String note) {

    /** Copies the facts. */
    public Alert {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
