package org.bellwether.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.bellwether.core.series.DailySeries;
import org.duckdb.DuckDBResultSet;

/**
 * A read-only columnar copy of the store's {@code daily_bars}, in a file beside the store ({@code STORE.daily}),
 * memory-mapped by readers that need many symbols at once: reading it skips DuckDB's start and JDBC's per-value cost.
 * DuckDB stays the only source of truth. The copy is tied to the store file's size, modification time and identity,
 * taken before the copy's rows are read; any write to the store changes them, and Bellwether's own writes also
 * delete the copy before they start ({@link MarketStore#attachForWrite}). A copy that does not match is never used.
 *
 * <p>It also records which data are simulated (the sources of simulated instruments), so that a reader can say so
 * without DuckDB.
 *
 * <p>Layout (little-endian): magic, the store's fingerprint, the simulated sources (length and UTF-8), symbol count,
 * row count, then per symbol its name and
 * row count (symbols in ascending order, each one's rows by ascending date), then the columns over all rows: dates
 * as epoch days (int), close, high, low and volume (double, NaN where the store has NULL), and the highest close of
 * the symbol up to and including the row (so that a record count needs one value, not a scan of the history). Each
 * column is mapped on its own, so a file may exceed 2 GB as long as no column does (up to 268 M bars).
 */
public final class DailySnapshot {

    private static final long MAGIC = 0x34594c4941445742L; // "BWDAILY4"
    private static final String SUFFIX = ".daily";
    private static final int COLUMNS = 5; // close, high, low, volume, highest close so far
    private static final int HIGHEST_CLOSE = 4;
    /** Rows per Arrow batch when the snapshot is written. */
    private static final int COPY_BATCH_ROWS = 1 << 17;

    private final Map<String, int[]> ranges; // symbol -> {first row, row count}
    private final String simulatedSources;
    private final long generation;
    private final Fingerprint fingerprint;
    private final Fingerprint ownFile; // the snapshot file as mapped: it is replaced, never rewritten, by Bellwether
    private final IntBuffer days;
    private final DoubleBuffer[] columns; // each mapped on its own: the file may exceed one mapping's 2 GB

    private DailySnapshot(Map<String, int[]> ranges, FileChannel channel, int rows, long daysAt,
            String simulatedSources, long generation, Fingerprint fingerprint, Fingerprint ownFile) throws IOException {
        this.ranges = ranges;
        this.simulatedSources = simulatedSources;
        this.generation = generation;
        this.fingerprint = fingerprint;
        this.ownFile = ownFile;
        this.days = map(channel, FileChannel.MapMode.READ_ONLY, daysAt, 4L * rows).asIntBuffer();
        this.columns = new DoubleBuffer[COLUMNS];
        for (int column = 0; column < COLUMNS; column++) {
            columns[column] = map(channel, FileChannel.MapMode.READ_ONLY, columnAt(daysAt, rows, column), 8L * rows)
                    .asDoubleBuffer();
        }
    }

    /** {@code size} bytes of {@code channel}'s file from {@code position}, mapped little-endian. */
    private static MappedByteBuffer map(FileChannel channel, FileChannel.MapMode mode, long position, long size)
            throws IOException {
        MappedByteBuffer buffer = channel.map(mode, position, size);
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        return buffer;
    }

    /** Where double column {@code column} starts: after the days, 8-aligned, the columns one after the other. */
    private static long columnAt(long daysAt, long rows, int column) {
        return align8(daysAt + 4 * rows) + 8 * rows * column;
    }

    /** The snapshot file of {@code store}. */
    public static Path fileOf(MarketStore store) {
        return store.file().resolveSibling(store.file().getFileName() + SUFFIX);
    }

    /** The snapshot of {@code store} when it exists and matches the store file as it is now. */
    public static Optional<DailySnapshot> openIfCurrent(MarketStore store) {
        Optional<Fingerprint> now = Fingerprint.of(store);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(fileOf(store), StandardOpenOption.READ)) {
            MappedByteBuffer buffer = map(channel, FileChannel.MapMode.READ_ONLY, 0, Math.min(channel.size(),
                    Integer.MAX_VALUE)); // the header, which fits one mapping
            if (channel.size() < 56 || buffer.getLong() != MAGIC || !now.get().equals(Fingerprint.read(buffer))) {
                return Optional.empty();
            }
            long generation = buffer.getLong();
            byte[] notes = new byte[buffer.getInt()];
            buffer.get(notes);
            int symbols = buffer.getInt();
            int rows = Math.toIntExact(buffer.getLong());
            Map<String, int[]> ranges = new LinkedHashMap<>();
            int first = 0;
            for (int i = 0; i < symbols; i++) {
                byte[] name = new byte[buffer.getShort()];
                buffer.get(name);
                int count = buffer.getInt();
                ranges.put(new String(name, StandardCharsets.UTF_8), new int[] {first, count});
                first += count;
            }
            long daysAt = align8(buffer.position());
            if (first != rows || channel.size() != columnAt(daysAt, rows, COLUMNS)) {
                return Optional.empty(); // cut short or not ours
            }
            return Optional.of(new DailySnapshot(ranges, channel, rows, daysAt,
                    new String(notes, StandardCharsets.UTF_8), generation, now.get(),
                    Fingerprint.ofFile(fileOf(store))));
        } catch (NoSuchFileException | BufferUnderflowException | IllegalArgumentException e) {
            return Optional.empty(); // no snapshot, or a damaged one: DuckDB answers instead
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + fileOf(store), e);
        }
    }

    /**
     * Writes the snapshot of {@code store} from its {@code daily_bars}, through {@code connection} (read-only, the
     * store attached), unless the store has uncheckpointed writes. The fingerprint is taken before any row is read,
     * so that a write during the copy leaves the copy unmatched. A store in a folder that cannot be written, or whose
     * copy DuckDB cannot make (out of memory), gets no snapshot; nothing else fails.
     *
     * @return whether a snapshot was written
     */
    public static boolean write(MarketStore store, Fingerprint fingerprint, Connection connection) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT symbol, count(*) FROM daily_bars GROUP BY symbol ORDER BY symbol")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        byte[] notes = simulatedSources(connection).getBytes(StandardCharsets.UTF_8);
        long generation = MarketStore.generation(connection);
        long total = counts.values().stream().mapToLong(Integer::longValue).sum();
        int headerSize = 8 + Fingerprint.BYTES + 8 + 4 + notes.length + 4 + 8;
        for (String symbol : counts.keySet()) {
            headerSize += 2 + symbol.getBytes(StandardCharsets.UTF_8).length + 4;
        }
        long daysAt = align8(headerSize);
        if (8 * total > Integer.MAX_VALUE) {
            return false; // a column beyond one mapping (268 M bars); readers use DuckDB
        }
        Path target = fileOf(store);
        deleteAbandoned(target);
        Path temporary;
        try {
            temporary = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            return false;
        }
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                MappedByteBuffer out = map(channel, FileChannel.MapMode.READ_WRITE, 0, daysAt);
                out.putLong(MAGIC);
                fingerprint.write(out);
                out.putLong(generation);
                out.putInt(notes.length);
                out.put(notes);
                out.putInt(counts.size());
                out.putLong(total);
                for (Map.Entry<String, Integer> symbol : counts.entrySet()) {
                    byte[] name = symbol.getKey().getBytes(StandardCharsets.UTF_8);
                    out.putShort((short) name.length);
                    out.put(name);
                    out.putInt(symbol.getValue());
                }
                out.force();
                copyRows(connection, channel, daysAt, List.copyOf(counts.values()));
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | SQLException e) {
            // a cache: a copy that cannot be made (a full disk; DuckDB out of memory sorting a large store) leaves the
            // readers on DuckDB, which says what is wrong if the store itself cannot be read
            return false;
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Copies the rows into the columns, in bulk: DuckDB hands them over as Arrow batches (no value passes through
     * JDBC one by one), with NaN for NULL; then each symbol's running highest close.
     */
    private static void copyRows(Connection connection, FileChannel channel, long daysAt, List<Integer> counts)
            throws SQLException, IOException {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        MappedByteBuffer days = map(channel, FileChannel.MapMode.READ_WRITE, daysAt, 4L * total);
        MappedByteBuffer[] columns = new MappedByteBuffer[COLUMNS];
        for (int column = 0; column < COLUMNS; column++) {
            columns[column] = map(channel, FileChannel.MapMode.READ_WRITE, columnAt(daysAt, total, column), 8L * total);
        }
        try (Statement statement = connection.createStatement();
                DuckDBResultSet rows = statement.executeQuery("SELECT CAST(date - DATE '1970-01-01' AS INTEGER), "
                        + "close, coalesce(high, 'NaN'::DOUBLE), coalesce(low, 'NaN'::DOUBLE), "
                        + "coalesce(volume, 'NaN'::DOUBLE) FROM daily_bars ORDER BY symbol, date")
                        .unwrap(DuckDBResultSet.class);
                BufferAllocator allocator = new RootAllocator();
                ArrowReader batches = (ArrowReader) rows.arrowExportStream(allocator, COPY_BATCH_ROWS)) {
            int row = 0;
            while (batches.loadNextBatch()) {
                VectorSchemaRoot batch = batches.getVectorSchemaRoot();
                int size = batch.getRowCount();
                copy(batch.getVector(0), days, 4 * row, 4 * size);
                for (int column = 0; column < HIGHEST_CLOSE; column++) {
                    copy(batch.getVector(column + 1), columns[column], 8 * row, 8 * size);
                }
                row += size;
            }
            if (row != total) {
                throw new SQLException("the store gave " + row + " daily bars for a snapshot of " + total);
            }
        }
        DoubleBuffer closes = columns[0].asDoubleBuffer();
        DoubleBuffer highest = columns[HIGHEST_CLOSE].asDoubleBuffer();
        int row = 0;
        for (int count : counts) {
            double high = Double.NEGATIVE_INFINITY;
            for (int end = row + count; row < end; row++) {
                high = Math.max(high, closes.get(row));
                highest.put(row, high);
            }
        }
        days.force();
        for (MappedByteBuffer column : columns) {
            column.force();
        }
    }

    /** Copies the {@code bytes} of {@code vector}'s values (none of them null) to {@code to} at {@code at}. */
    private static void copy(FieldVector vector, MappedByteBuffer to, int at, int bytes) throws SQLException {
        if (vector.getNullCount() > 0) {
            throw new SQLException("a NULL in daily_bars." + vector.getName() + ", which the store does not allow");
        }
        to.put(at, vector.getDataBuffer().nioBuffer(0, bytes), 0, bytes);
    }

    /** The sources of the store's simulated instruments ({@code simulated: ...}), joined by "; "; empty if none. */
    public static String simulatedSources(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT coalesce(string_agg(DISTINCT source, '; ' ORDER BY "
                        + "source), '') FROM instruments WHERE source LIKE 'simulated:%'")) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * The store's data generation the snapshot holds ({@link MarketStore#generation()}). Whether the snapshot is
     * current is decided by the store file's fingerprint, which every write changes, Bellwether's or not.
     */
    public long generation() {
        return generation;
    }

    /** {@link #simulatedSources(Connection)} as it was when the snapshot was written. */
    public String simulatedSources() {
        return simulatedSources;
    }

    /** Deletes the snapshot of {@code store}, if any. */
    static void delete(MarketStore store) {
        try {
            Files.deleteIfExists(fileOf(store));
        } catch (IOException e) {
            throw new StoreException("could not remove the outdated snapshot " + fileOf(store) + ": " + e.getMessage(),
                    e);
        }
    }

    /** Whether the store file and the snapshot file are still as they were when this snapshot was opened. */
    public boolean isCurrent(MarketStore store) {
        return Fingerprint.of(store).filter(fingerprint::equals).isPresent()
                && ownFile.equals(Fingerprint.ofFile(fileOf(store)));
    }

    /**
     * The bars of {@code symbols} (all when null) on and after epoch day {@code fromDay}, by symbol in ascending
     * order; symbols without bars in that range are absent.
     */
    public Map<String, DailySeries> since(Collection<String> symbols, int fromDay) {
        Set<String> wanted = symbols == null ? null : new HashSet<>(symbols);
        List<Map.Entry<String, int[]>> read = ranges.entrySet().stream()
                .filter(entry -> wanted == null || wanted.contains(entry.getKey())).toList();
        // copies on every core (absolute reads leave the shared buffers untouched); the map keeps the symbol order
        List<DailySeries> series = read.parallelStream().map(entry -> {
            int first = entry.getValue()[0];
            int end = first + entry.getValue()[1];
            int start = firstOnOrAfter(first, end, fromDay);
            return start < end ? series(entry.getKey(), start, end) : null;
        }).toList();
        Map<String, DailySeries> result = new LinkedHashMap<>();
        for (DailySeries one : series) {
            if (one != null) {
                result.put(one.symbol(), one);
            }
        }
        return result;
    }

    /** For each symbol with a bar before epoch day {@code day}: its highest close before it and its first day. */
    public Map<String, double[]> highestCloseBefore(int day) {
        Map<String, double[]> result = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> entry : ranges.entrySet()) {
            int first = entry.getValue()[0];
            int end = firstOnOrAfter(first, first + entry.getValue()[1], day);
            if (end > first) {
                result.put(entry.getKey(), new double[] {columns[HIGHEST_CLOSE].get(end - 1), dayAt(first)});
            }
        }
        return result;
    }

    private DailySeries series(String symbol, int start, int end) {
        int size = end - start;
        int[] days = new int[size];
        this.days.get(start, days);
        double[][] values = new double[HIGHEST_CLOSE][size];
        for (int column = 0; column < HIGHEST_CLOSE; column++) {
            columns[column].get(start, values[column]);
        }
        return DailySeries.adopt(symbol, days, values[0], values[1], values[2], values[3]);
    }

    /** The first row in {@code [first, end)} dated on or after {@code day} ({@code end} when none is). */
    private int firstOnOrAfter(int first, int end, int day) {
        int low = first;
        int high = end;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (dayAt(middle) < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int dayAt(int row) {
        return days.get(row);
    }

    private static long align8(long position) {
        return (position + 7) & ~7L;
    }

    /** Removes temporaries of earlier writers that were killed (over an hour old: no live writer takes that long). */
    private static void deleteAbandoned(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, target.getFileName() + ".*.tmp")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(Duration.ofHours(1)))) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException ignored) {
            // a folder that cannot be listed: nothing to clean here
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the snapshot itself was moved or never made
        }
    }

    /**
     * What identifies the store file's state: its size, modification time and file key; absent while the store has
     * a write-ahead log (writes not yet checkpointed into the file).
     */
    public record Fingerprint(long size, long modifiedNanos, long identity) {

        static final int BYTES = 24;

        /** The fingerprint of {@code store} now; empty when there is no store file or it has a write-ahead log. */
        public static Optional<Fingerprint> of(MarketStore store) {
            if (Files.exists(store.file().resolveSibling(store.file().getFileName() + ".wal"))) {
                return Optional.empty();
            }
            Fingerprint file = ofFile(store.file());
            return file.size() < 0 ? Optional.empty() : Optional.of(file);
        }

        /** The size, modification time and identity of {@code file}; size -1 when it cannot be read. */
        static Fingerprint ofFile(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new Fingerprint(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                        Objects.hashCode(attributes.fileKey()));
            } catch (IOException e) {
                return new Fingerprint(-1, 0, 0);
            }
        }

        static Fingerprint read(MappedByteBuffer buffer) {
            return new Fingerprint(buffer.getLong(), buffer.getLong(), buffer.getLong());
        }

        void write(MappedByteBuffer buffer) {
            buffer.putLong(size).putLong(modifiedNanos).putLong(identity);
        }
    }
}
