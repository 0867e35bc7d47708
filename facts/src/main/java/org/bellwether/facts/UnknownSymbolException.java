package org.bellwether.facts;

import org.bellwether.core.model.NoDataException;

/** The store holds no data for a symbol a question is about. */
public final class UnknownSymbolException extends NoDataException {

    private static final long serialVersionUID = 1L;

    /** For {@code symbol} in the store at {@code store}. */
    public UnknownSymbolException(String symbol, String store) {
        super("the store " + store + " has no daily bars for " + symbol + " (bellwether symbols lists what it holds)");
    }
}
