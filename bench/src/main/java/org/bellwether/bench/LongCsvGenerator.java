package org.bellwether.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.bellwether.core.calendar.NyseCalendar;

/**
 * Writes a long-format daily-bar CSV ({@code symbol,date,open,high,low,close,volume}) of {@code symbols} symbols over
 * the last {@code sessions} NYSE sessions up to 2025-12-31: geometric random walks with 2% daily volatility, OHLC
 * consistent, prices to the cent. The same seed gives the same bytes.
 *
 * <p>Usage: {@code LongCsvGenerator FILE [SYMBOLS=3000] [SESSIONS=2520] [SEED=42]}
 */
public final class LongCsvGenerator {

    private LongCsvGenerator() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LongCsvGenerator FILE [SYMBOLS=3000] [SESSIONS=2520] [SEED=42]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int symbols = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 2520;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        long rows = write(file, symbols, sessions, seed);
        System.out.println("wrote " + rows + " rows (" + symbols + " symbols x " + sessions + " sessions) to " + file);
    }

    /** Writes the file and returns the number of data rows. */
    public static long write(Path file, int symbols, int sessions, long seed) throws IOException {
        String[] dates = lastSessions(sessions, LocalDate.of(2025, 12, 31));
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(64);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("symbol,date,open,high,low,close,volume\n");
            for (int s = 0; s < symbols; s++) {
                String symbol = String.format("SYM%04d", s);
                double price = 10 + random.nextDouble() * 290;
                for (String date : dates) {
                    double open = price;
                    double close = Math.max(0.01, open * Math.exp(0.02 * random.nextGaussian()));
                    long openCents = Math.round(open * 100);
                    long closeCents = Math.round(close * 100);
                    long highCents = Math.max(openCents, closeCents) + Math.round(random.nextDouble() * open);
                    long lowCents = Math.max(1, Math.min(openCents, closeCents) - Math.round(random.nextDouble() * open));
                    line.setLength(0);
                    line.append(symbol).append(',').append(date).append(',');
                    cents(line, openCents).append(',');
                    cents(line, highCents).append(',');
                    cents(line, lowCents).append(',');
                    cents(line, closeCents).append(',').append(100_000 + random.nextLong(5_000_000)).append('\n');
                    out.append(line);
                    price = closeCents / 100.0;
                }
            }
        }
        return (long) symbols * sessions;
    }

    private static StringBuilder cents(StringBuilder line, long cents) {
        long fraction = cents % 100;
        return line.append(cents / 100).append('.').append(fraction < 10 ? "0" : "").append(fraction);
    }

    private static String[] lastSessions(int count, LocalDate last) {
        List<LocalDate> sessions = NyseCalendar.INSTANCE.sessions(NyseCalendar.INSTANCE.firstSupportedDate(), last);
        if (sessions.size() < count) {
            throw new IllegalArgumentException("sessions must be at most " + sessions.size() + ", but was " + count);
        }
        return sessions.subList(sessions.size() - count, sessions.size()).stream().map(LocalDate::toString)
                .toArray(String[]::new);
    }
}
