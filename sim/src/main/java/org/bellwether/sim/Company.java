package org.bellwether.sim;

/**
 * A simulated company: its ticker, sector, size, loading on its index and founding year; {@code shares} is fixed, so
 * its market cap drifts with its price.
 */
record Company(String symbol, String index, int rank, String sector, double startPrice, double shares, double beta,
        int founded) {

    /** Market cap at {@code price}. */
    double capAt(double price) {
        return shares * price;
    }
}
