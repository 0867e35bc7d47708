package org.bellwether.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bellwether.core.calendar.NyseCalendar;

/**
 * Writes a long-format daily-bar CSV ({@code symbol,date,open,high,low,close,volume}) of {@code symbols} symbols over
 * the last {@code sessions} NYSE sessions up to 2025-12-31: geometric random walks with 2% daily volatility, OHLC
 * consistent, prices to the cent. With {@code 1m}, 1-minute bars ({@code symbol,ts,...}, ts the bar's start in UTC)
 * of every minute of those sessions (390, or 210 on an early close), with 0.1% volatility a minute. The same seed
 * gives the same bytes.
 *
 * <p>Usage: {@code LongCsvGenerator FILE [SYMBOLS=3000] [SESSIONS=2520] [SEED=42] [1d|1m]}
 */
public final class LongCsvGenerator {

    private LongCsvGenerator() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LongCsvGenerator FILE [SYMBOLS=3000] [SESSIONS=2520] [SEED=42] [1d|1m]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int symbols = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 2520;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        boolean minutes = args.length > 4 && args[4].equals("1m");
        long rows = minutes ? writeMinutes(file, symbols, sessions, seed) : write(file, symbols, sessions, seed);
        System.out.println("wrote " + rows + " rows (" + symbols + " symbols x " + sessions + " sessions) to " + file);
    }

    /** Writes the file and returns the number of data rows. */
    public static long write(Path file, int symbols, int sessions, long seed) throws IOException {
        List<String> dates = List.of(lastSessions(sessions, LocalDate.of(2025, 12, 31)));
        return writeBars(file, "date", "SYM%04d", symbols, dates, seed, new double[] {0.02, 1, 100_000, 5_000_000});
    }

    /** Writes the 1-minute file and returns the number of data rows. */
    public static long writeMinutes(Path file, int symbols, int sessions, long seed) throws IOException {
        List<String> starts = new ArrayList<>();
        for (String date : lastSessions(sessions, LocalDate.of(2025, 12, 31))) {
            Instant close = NyseCalendar.INSTANCE.sessionClose(LocalDate.parse(date));
            for (Instant t = NyseCalendar.INSTANCE.sessionOpen(LocalDate.parse(date)); t.isBefore(close);
                    t = t.plusSeconds(60)) {
                starts.add(t.toString());
            }
        }
        return writeBars(file, "ts", "MIN%03d", symbols, starts, seed, new double[] {0.001, 0.05, 1_000, 20_000});
    }

    /**
     * Writes {@code symbols} random walks (symbols named by {@code nameFormat}) over {@code times}, one bar each, under
     * a header whose time column is {@code timeColumn}; {@code shape} is {sigma, wickPct, volumeBase, volumeRange}
     * as {@link #bar} takes them. Returns the number of data rows.
     */
    private static long writeBars(Path file, String timeColumn, String nameFormat, int symbols, List<String> times,
            long seed, double[] shape) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(64);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("symbol," + timeColumn + ",open,high,low,close,volume\n");
            for (int s = 0; s < symbols; s++) {
                String symbol = String.format(nameFormat, s);
                double price = 10 + random.nextDouble() * 290;
                for (String time : times) {
                    price = bar(out, line, random, symbol, time, price, shape[0], shape[1], (long) shape[2],
                            (long) shape[3]);
                }
            }
        }
        return (long) symbols * times.size();
    }

    /**
     * Writes one bar opening at {@code price} with volatility {@code sigma}, wicks up to {@code wickPct} percent and
     * a volume from {@code volumeBase} to {@code volumeBase + volumeRange}; returns its close.
     */
    private static double bar(BufferedWriter out, StringBuilder line, SplittableRandom random, String symbol,
            String time, double price, double sigma, double wickPct, long volumeBase, long volumeRange) throws IOException {
        double open = price;
        double close = Math.max(0.01, open * Math.exp(sigma * random.nextGaussian()));
        long openCents = Math.round(open * 100);
        long closeCents = Math.round(close * 100);
        // wicks of up to wickPct percent of the price beyond the body (open in dollars x wickPct = cents)
        long highCents = Math.max(openCents, closeCents) + Math.round(random.nextDouble() * open * wickPct);
        long lowCents = Math.max(1, Math.min(openCents, closeCents) - Math.round(random.nextDouble() * open * wickPct));
        line.setLength(0);
        line.append(symbol).append(',').append(time).append(',');
        cents(line, openCents).append(',');
        cents(line, highCents).append(',');
        cents(line, lowCents).append(',');
        cents(line, closeCents).append(',').append(volumeBase + random.nextLong(volumeRange)).append('\n');
        out.append(line);
        return closeCents / 100.0;
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
