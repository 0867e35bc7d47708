package org.bellwether.core.model;

import java.time.LocalDate;

/** A membership of an index over dates ({@code to} null while it lasts), with its weight or shares or NaN. */
public record Membership(String symbol, LocalDate from, LocalDate to, double weight, double shares) {

    /** Whether it holds on {@code date}. */
    public boolean on(LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }
}
