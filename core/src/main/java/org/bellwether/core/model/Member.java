package org.bellwether.core.model;

/** A member of an index on a date, with its weight or shares where known (NaN otherwise). */
public record Member(String symbol, double weight, double shares) {
}
