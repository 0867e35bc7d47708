package org.bellwether.core.model;

import java.util.List;

/** An instrument's names as text may call it: its symbol, name, kind and aliases ("small caps"). */
public record InstrumentName(String symbol, String name, String kind, List<String> aliases) {
}
