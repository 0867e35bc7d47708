package org.bellwether.alerts.rules;

/** A rule file that cannot be used: the message names the file, the line and the reason. */
public final class RuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    RuleException(String message) {
        super(message);
    }
}
