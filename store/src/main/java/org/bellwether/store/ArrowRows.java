package org.bellwether.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A table's rows handed to DuckDB while they are being made: threads that read a file fill batches of the table's
 * columns ({@link #emptyBatch}) and {@link #put} them; DuckDB pulls them as Arrow record batches through the Arrow C
 * stream interface ({@link #open}) and inserts them on its own threads. The makers end the stream ({@link #end}) or
 * give it up ({@link #abandon}); either way DuckDB's reading ends.
 *
 * <p>The values go straight from the reading threads to DuckDB: nothing is written as text again and parsed again. A
 * fixed set of batches goes round (filled, queued, copied into Arrow memory as DuckDB takes it, free again), so the
 * memory held is bounded, and the reading may start before Arrow and DuckDB are set up.
 */
public final class ArrowRows implements AutoCloseable {

    /** Rows per batch: DuckDB inserts each batch on whichever of its threads takes it. */
    public static final int BATCH_ROWS = 1 << 16;
    private final List<Column> columns;
    private final int batches;
    private final BlockingQueue<RowBatch> free;
    private final BlockingQueue<Object> full;
    private int made;
    private volatile boolean abandoned;
    /** The rows DuckDB has taken, on whichever of its threads. */
    private final AtomicLong taken = new AtomicLong();
    /** Arrow's side, made by {@link #open}. */
    private BufferAllocator allocator;
    private Reader reader;
    private ArrowArrayStream stream;

    /** A stream of {@code table}'s columns (VARCHAR, DATE and DOUBLE ones), with {@code batches} batches going round. */
    public ArrowRows(TableSpec table, int batches) {
        this.columns = table.columns();
        this.batches = batches;
        this.free = new ArrayBlockingQueue<>(batches);
        this.full = new ArrayBlockingQueue<>(batches + 1); // + the end marker
    }

    /** A batch to fill: a free one, or a new one while fewer than the set exist; waits while all are in use. */
    public RowBatch emptyBatch() throws InterruptedException {
        synchronized (this) {
            if (made < batches && free.isEmpty()) {
                made++;
                return new RowBatch(columns, BATCH_ROWS);
            }
        }
        while (true) {
            RowBatch batch = free.poll(50, TimeUnit.MILLISECONDS);
            if (batch != null) {
                return batch;
            }
            if (abandoned) { // nobody frees batches any more: the rows are dropped anyway
                return new RowBatch(columns, BATCH_ROWS);
            }
        }
    }

    /** Hands {@code batch}'s rows to DuckDB, waiting while the queue is full; dropped once the stream is abandoned. */
    public void put(RowBatch batch) throws InterruptedException {
        if (!enqueue(batch)) {
            batch.clear();
            free.offer(batch);
        }
    }

    /** The rows DuckDB has taken from the stream so far. */
    public long rowsTaken() {
        return taken.get();
    }

    /** No more batches: DuckDB's reading ends after the ones queued. */
    public void end() throws InterruptedException {
        enqueue(Marker.END);
    }

    /** Gives the stream up: DuckDB's reading ends at once and the batches still queued are dropped. */
    public void abandon() {
        abandoned = true;
        full.clear();
        full.offer(Marker.END);
    }

    /** Queues {@code item}, waiting for room; false when the stream was abandoned first. */
    private boolean enqueue(Object item) throws InterruptedException {
        while (!abandoned) {
            if (full.offer(item, 50, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets up Arrow's side and returns the C stream DuckDB reads (given to its connection's
     * {@code registerArrowStream}); on the thread that runs DuckDB's insert, while the rows are being read.
     */
    ArrowArrayStream open() {
        List<Field> fields = new ArrayList<>();
        for (Column column : columns) {
            fields.add(new Field(column.name(), new FieldType(!column.required(), arrowType(column), null), null));
        }
        allocator = new RootAllocator();
        reader = new Reader(allocator, new Schema(fields));
        stream = ArrowArrayStream.allocateNew(allocator);
        Data.exportArrayStream(allocator, reader, stream);
        return stream;
    }

    private static ArrowType arrowType(Column column) {
        return switch (column.type()) {
            case VARCHAR -> ArrowType.Utf8.INSTANCE;
            case DATE -> new ArrowType.Date(DateUnit.DAY);
            case DOUBLE -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
            default -> throw new IllegalArgumentException("no Arrow column for " + column.name() + " "
                    + column.type().sql() + " yet");
        };
    }

    /** Frees Arrow's memory; call after DuckDB is done with the stream. */
    @Override
    public void close() {
        abandon();
        if (stream != null) {
            stream.close();
            reader.closeQuietly();
            allocator.close();
        }
    }

    /** The end of the batches in the queue (a queue holds no null). */
    private enum Marker { END }

    /** The side DuckDB pulls: each call copies the next queued batch into the one root the C stream exports. */
    private final class Reader extends ArrowReader {
        private final Schema schema;
        private boolean ended;

        Reader(BufferAllocator memory, Schema schema) {
            super(memory);
            this.schema = schema;
        }

        @Override
        public boolean loadNextBatch() throws IOException {
            if (ended) {
                return false;
            }
            Object next;
            try {
                next = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for rows");
            }
            if (next == Marker.END || abandoned) {
                ended = true;
                return false;
            }
            RowBatch batch = (RowBatch) next;
            taken.addAndGet(batch.rows());
            batch.copyInto(getVectorSchemaRoot());
            free.offer(batch);
            return true;
        }

        @Override
        public long bytesRead() {
            return 0;
        }

        @Override
        protected void closeReadSource() {
            // the batches are Java arrays
        }

        @Override
        protected Schema readSchema() {
            return schema;
        }

        void closeQuietly() {
            try {
                close();
            } catch (IOException ignored) {
                // closing frees memory only
            }
        }
    }
}
