package org.bellwether.store;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A batch of a table's rows filled value by value on primitive arrays by a reading thread, then copied into Arrow
 * vectors in bulk when DuckDB takes it ({@link ArrowRows}): the hot loop writes to Java arrays, with no bounds check
 * or validity bit of Arrow's per value. Every row sets its text and date values (key columns); a
 * number NaN is stored as null.
 *
 * <p>Not thread-safe: one thread fills a batch.
 */
public final class RowBatch {

    private final ColumnType[] types;
    private final int capacity;
    private final double[][] numbers;
    private final int[][] days;
    private final byte[][] text;
    private final int[][] textEnds;
    private final long[] present;
    private int rows;

    RowBatch(List<Column> columns, int capacity) {
        int n = columns.size();
        this.types = new ColumnType[n];
        this.capacity = capacity;
        this.numbers = new double[n][];
        this.days = new int[n][];
        this.text = new byte[n][];
        this.textEnds = new int[n][];
        this.present = new long[(capacity + 63) / 64];
        for (int i = 0; i < n; i++) {
            types[i] = columns.get(i).type();
            switch (types[i]) {
                case DOUBLE -> numbers[i] = new double[capacity];
                case DATE -> days[i] = new int[capacity];
                case VARCHAR -> {
                    text[i] = new byte[capacity * 8];
                    textEnds[i] = new int[capacity];
                }
                default -> throw new IllegalArgumentException("no batch column for " + columns.get(i).name() + " "
                        + types[i].sql() + " yet");
            }
        }
    }

    /** Sets the text column {@code column} of the current row to the UTF-8 bytes {@code [from, to)}. */
    public void text(int column, byte[] bytes, int from, int to) {
        int start = rows == 0 ? 0 : textEnds[column][rows - 1];
        int end = start + to - from;
        if (end > text[column].length) {
            text[column] = Arrays.copyOf(text[column], Math.max(end, text[column].length * 2));
        }
        System.arraycopy(bytes, from, text[column], start, to - from);
        textEnds[column][rows] = end;
    }

    /** Sets the date column {@code column} of the current row to the epoch day {@code day}. */
    public void day(int column, int day) {
        days[column][rows] = day;
    }

    /** Sets the number column {@code column} of the current row; NaN for none. */
    public void number(int column, double value) {
        numbers[column][rows] = value;
    }

    /** Ends the current row. Whether the batch is full now (then hand it over before the next row). */
    public boolean endRow() {
        return ++rows == capacity;
    }

    /** The rows ended so far. */
    public int rows() {
        return rows;
    }

    /**
     * Copies the batch's rows into the vectors of {@code root} (their earlier buffers let go: an exported batch keeps
     * its own), and empties the batch.
     */
    void copyInto(VectorSchemaRoot root) {
        for (int column = 0; column < types.length; column++) {
            FieldVector vector = root.getVector(column);
            if (vector instanceof VarCharVector strings) {
                int bytes = rows == 0 ? 0 : textEnds[column][rows - 1];
                strings.allocateNew(Math.max(bytes, 1), Math.max(rows, 1));
                ArrowBuf offsets = strings.getOffsetBuffer();
                offsets.setInt(0, 0);
                offsets.nioBuffer(4, rows * 4).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer()
                        .put(textEnds[column], 0, rows);
                strings.getDataBuffer().setBytes(0, text[column], 0, bytes);
                copyValidity(allPresent(), strings.getValidityBuffer());
                strings.setLastSet(rows - 1);
            } else {
                BaseFixedWidthVector fixed = (BaseFixedWidthVector) vector;
                fixed.allocateNew(Math.max(rows, 1));
                var values = fixed.getDataBuffer().nioBuffer(0, rows * fixed.getTypeWidth())
                        .order(ByteOrder.LITTLE_ENDIAN);
                if (types[column] == ColumnType.DOUBLE) {
                    values.asDoubleBuffer().put(numbers[column], 0, rows);
                    copyValidity(notNaN(numbers[column]), fixed.getValidityBuffer());
                } else {
                    values.asIntBuffer().put(days[column], 0, rows);
                    copyValidity(allPresent(), fixed.getValidityBuffer());
                }
            }
            vector.setValueCount(rows);
        }
        root.setRowCount(rows);
        clear();
    }

    /** Empties the batch. */
    void clear() {
        rows = 0;
    }

    /** The presence bits of a column whose every row has a value. */
    private long[] allPresent() {
        Arrays.fill(present, -1L);
        return present;
    }

    /** The presence bits of a number column: a value unless NaN. */
    private long[] notNaN(double[] values) {
        Arrays.fill(present, 0L);
        for (int row = 0; row < rows; row++) {
            if (!Double.isNaN(values[row])) {
                present[row >>> 6] |= 1L << row;
            }
        }
        return present;
    }

    /** Copies presence bits into Arrow's validity bitmap (least significant bit first, as Arrow's). */
    private void copyValidity(long[] bits, ArrowBuf validity) {
        int bytes = (rows + 7) / 8;
        int words = (int) Math.min(bytes / 8, validity.capacity() / 8);
        validity.nioBuffer(0, words * 8).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(bits, 0, words);
        for (int i = words * 8; i < bytes; i++) {
            validity.setByte(i, (int) (bits[i >>> 3] >>> ((i & 7) * 8)));
        }
    }
}
