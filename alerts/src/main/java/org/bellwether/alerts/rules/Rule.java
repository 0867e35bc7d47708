package org.bellwether.alerts.rules;

import java.time.Duration;
import java.util.List;

/**
 * One alert rule of a rule file.
 *
 * @param id unique within the file; part of every alert key
 * @param condition what it watches for
 * @param symbols the symbols it applies to (empty with {@code membersOf} or for macro and event rules)
 * @param membersOf an index whose members it applies to, or null
 * @param severity info, warning or critical
 * @param cooldown after a firing, how long the same rule stays quiet for the same symbol (zero: never)
 * @param line the line of the rule file where it starts
 */
public record Rule(String id, Condition condition, List<String> symbols, String membersOf, Severity severity,
        Duration cooldown, int line) {

    /** Copies the symbols. */
    public Rule {
        symbols = List.copyOf(symbols);
    }

    /** How loud an alert is. */
    public enum Severity {
        INFO, WARNING, CRITICAL
    }
}
