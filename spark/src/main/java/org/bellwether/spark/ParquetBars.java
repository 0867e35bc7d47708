package org.bellwether.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * One symbol's daily bars read from its Parquet files column by column with Parquet's own column readers, straight
 * into primitive arrays: only the columns the kernels take ({@link SymbolBars#COLUMNS} but the symbol, which is the
 * folder's), no row, boxed number or date object per bar. Numbers may be doubles, floats, whole numbers (older exports
 * wrote volumes so) or decimals (other tools); a high, low or volume column may be absent (a close-only source) or
 * null, read as NaN.
 */
final class ParquetBars {

    /** The columns read, in {@link SymbolBars#COLUMNS}' order after the symbol. */
    private static final List<String> READ = Arrays.asList(SymbolBars.COLUMNS).subList(1, SymbolBars.COLUMNS.length);
    /** How many of {@link #READ} a file must have: the date and the close. */
    private static final int REQUIRED = 2;

    /** A Hadoop configuration sent to the tasks (it is Writable, not Serializable). */
    static final class HadoopConf implements Serializable {
        private transient Configuration value;

        HadoopConf(Configuration value) {
            this.value = value;
        }

        Configuration value() {
            return value;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            value.write(out);
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            value = new Configuration(false);
            value.readFields(in);
        }
    }

    /** A number column's current value as a double. */
    @FunctionalInterface
    private interface NumberReader {
        double read(ColumnReader column);
    }

    private ParquetBars() {
    }

    /** The bars of {@code folder}'s files, sorted by date. */
    static SymbolBars read(SymbolFolders.SymbolFolder folder, Configuration conf) {
        Columns columns = new Columns();
        for (String file : folder.files()) {
            readFile(file, conf, columns);
        }
        return columns.bars(folder.symbol());
    }

    private static void readFile(String file, Configuration conf, Columns into) {
        // options of the given configuration: the defaults make a new one per file, parsing Hadoop's XML files again
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(file), conf),
                HadoopReadOptions.builder(conf).build())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<Type> fields = new ArrayList<>();
            for (int i = 0; i < READ.size(); i++) {
                if (schema.containsField(READ.get(i))) {
                    fields.add(schema.getType(READ.get(i)));
                } else if (i < REQUIRED) {
                    throw new IllegalArgumentException(file + " has no column " + READ.get(i) + ": a dataset's "
                            + "daily bars need " + String.join(", ", READ.subList(0, REQUIRED)) + " (write them "
                            + "with bellwether export daily_bars --dataset)");
                }
            }
            MessageType projection = new MessageType(schema.getName(), fields);
            reader.setRequestedSchema(projection);
            into.reserve(reader.getRecordCount());
            String createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
            for (PageReadStore rowGroup = reader.readNextRowGroup(); rowGroup != null;
                    rowGroup = reader.readNextRowGroup()) {
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(rowGroup,
                        new GroupRecordConverter(projection).getRootConverter(), projection, createdBy);
                into.add(file, projection, store, Math.toIntExact(rowGroup.getRowCount()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The bars read so far, column by column. */
    private static final class Columns {
        private int size;
        private int[] days = new int[0];
        private final double[][] numbers = new double[READ.size() - 1][0];

        void reserve(long more) {
            int capacity = Math.toIntExact(size + more);
            if (capacity > days.length) {
                days = Arrays.copyOf(days, capacity);
                for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = Arrays.copyOf(numbers[i], capacity);
                }
            }
        }

        /** Reads the {@code rows} bars of a row group of {@code file} (columns {@code projection}). */
        void add(String file, MessageType projection, ColumnReadStoreImpl store, int rows) {
            ColumnReader dates = store.getColumnReader(descriptor(projection, READ.get(0)));
            requireDate(file, dates.getDescriptor());
            for (int i = 0; i < rows; i++) {
                if (dates.getCurrentDefinitionLevel() < dates.getDescriptor().getMaxDefinitionLevel()) {
                    throw new IllegalArgumentException(file + " has a bar without a date (row " + (size + i + 1)
                            + " of the symbol's files)");
                }
                days[size + i] = dates.getInteger(); // a DATE is its epoch day
                dates.consume();
            }
            for (int c = 0; c < numbers.length; c++) {
                double[] values = numbers[c];
                String name = READ.get(c + 1);
                if (!projection.containsField(name)) {
                    Arrays.fill(values, size, size + rows, Double.NaN);
                    continue;
                }
                ColumnReader column = store.getColumnReader(descriptor(projection, name));
                NumberReader number = numberReader(file, column.getDescriptor());
                int defined = column.getDescriptor().getMaxDefinitionLevel();
                for (int i = 0; i < rows; i++) {
                    values[size + i] = column.getCurrentDefinitionLevel() < defined ? Double.NaN : number.read(column);
                    column.consume();
                }
            }
            size += rows;
        }

        SymbolBars bars(String symbol) {
            return SymbolBars.ofColumns(symbol, Arrays.copyOf(days, size), Arrays.copyOf(numbers[0], size),
                    Arrays.copyOf(numbers[1], size), Arrays.copyOf(numbers[2], size), Arrays.copyOf(numbers[3], size));
        }
    }

    private static ColumnDescriptor descriptor(MessageType projection, String name) {
        return projection.getColumnDescription(new String[] {name});
    }

    private static void requireDate(String file, ColumnDescriptor column) {
        PrimitiveType type = column.getPrimitiveType();
        if (type.getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.INT32
                || !(type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation)) {
            throw new IllegalArgumentException("the column date of " + file + " is " + type + ", not a DATE");
        }
    }

    /** How to read {@code column}'s numbers as doubles, or an error naming the file when they are not numbers. */
    private static NumberReader numberReader(String file, ColumnDescriptor column) {
        PrimitiveType type = column.getPrimitiveType();
        if (type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
            int scale = decimal.getScale();
            switch (type.getPrimitiveTypeName()) {
                case INT32:
                    return reader -> BigDecimal.valueOf(reader.getInteger(), scale).doubleValue();
                case INT64:
                    return reader -> BigDecimal.valueOf(reader.getLong(), scale).doubleValue();
                case BINARY, FIXED_LEN_BYTE_ARRAY:
                    return reader -> new BigDecimal(new BigInteger(reader.getBinary().getBytes()), scale).doubleValue();
                default:
                    break;
            }
        } else if (type.getLogicalTypeAnnotation() == null
                || type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation) {
            boolean unsigned = type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation
                    whole && !whole.isSigned();
            switch (type.getPrimitiveTypeName()) {
                case DOUBLE:
                    return ColumnReader::getDouble;
                case FLOAT:
                    return ColumnReader::getFloat;
                case INT32:
                    return unsigned ? reader -> Integer.toUnsignedLong(reader.getInteger()) : ColumnReader::getInteger;
                case INT64:
                    return unsigned ? reader -> Double.parseDouble(Long.toUnsignedString(reader.getLong()))
                            : ColumnReader::getLong;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("the column " + column.getPath()[0] + " of " + file + " is " + type
                + ", not a number");
    }
}
