package org.bellwether.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.bytes.BytesUtils;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * One symbol's daily bars read from its Parquet files column by column, page by page with Parquet's own decoders,
 * straight into primitive arrays: only the columns the kernels take ({@link SymbolBars#COLUMNS} but the symbol, which is the
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

    /** A number column's next value as a double. */
    @FunctionalInterface
    private interface NumberReader {
        double read(ValuesReader values);
    }

    /** Unsigned 32-bit whole numbers, which the bulk copy of signed ones would misread. */
    private static final NumberReader UNSIGNED_INT = reader -> Integer.toUnsignedLong(reader.readInteger());

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
        try (ParquetFileReader reader = ParquetFileReader.open(inputFile(file, conf),
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
            for (PageReadStore rowGroup = reader.readNextRowGroup(); rowGroup != null;
                    rowGroup = reader.readNextRowGroup()) {
                into.add(file, projection, rowGroup);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file at {@code location}: a local one read directly (Hadoop's local file system stats each file and looks
     * for a checksum file beside it), any other through Hadoop.
     */
    private static InputFile inputFile(String location, Configuration conf) throws IOException {
        Path path = new Path(location);
        URI uri = path.toUri();
        return "file".equals(uri.getScheme()) || uri.getScheme() == null
                ? new LocalInputFile(java.nio.file.Path.of(uri.getPath())) : HadoopInputFile.fromPath(path, conf);
    }

    /** The bars read so far, column by column ({@link #READ}; the dates as doubles until the end). */
    private static final class Columns {
        private int size;
        private final double[][] columns = new double[READ.size()][0];

        void reserve(long more) {
            int capacity = Math.toIntExact(size + more);
            if (capacity > columns[0].length) {
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = Arrays.copyOf(columns[i], capacity);
                }
            }
        }

        /** Reads a row group of {@code file} (columns {@code projection}). */
        void add(String file, MessageType projection, PageReadStore rowGroup) throws IOException {
            int rows = Math.toIntExact(rowGroup.getRowCount());
            for (int c = 0; c < columns.length; c++) {
                String name = READ.get(c);
                if (!projection.containsField(name)) {
                    Arrays.fill(columns[c], size, size + rows, Double.NaN);
                    continue;
                }
                ColumnDescriptor column = descriptor(projection, name);
                NumberReader number = c == 0 ? dateReader(file, column) : numberReader(file, column);
                int read = readChunk(rowGroup.getPageReader(column), column, number, columns[c], size);
                if (read != rows) {
                    throw new IllegalArgumentException(file + ": the column " + name + " has " + read + " values in "
                            + "a row group of " + rows + " rows");
                }
            }
            for (int i = size; i < size + rows; i++) {
                if (Double.isNaN(columns[0][i])) {
                    throw new IllegalArgumentException(file + " has a bar without a date (row " + (i + 1)
                            + " of the symbol's files)");
                }
            }
            size += rows;
        }

        SymbolBars bars(String symbol) {
            int[] days = new int[size];
            for (int i = 0; i < size; i++) {
                days[i] = (int) columns[0][i];
            }
            return SymbolBars.ofColumns(symbol, days, filled(columns[1]), filled(columns[2]), filled(columns[3]),
                    filled(columns[4]));
        }

        /** The first {@code size} values of {@code column}: the array itself when that is all of it (one file). */
        private double[] filled(double[] column) {
            return column.length == size ? column : Arrays.copyOf(column, size);
        }
    }

    /**
     * Reads a column chunk's values into {@code values} from {@code at}, NaN where null, page by page; returns how
     * many. Plain doubles and whole numbers are copied from the page's bytes in bulk (Parquet's reader takes them a
     * byte at a time); other encodings go through Parquet's value readers.
     */
    private static int readChunk(PageReader pages, ColumnDescriptor column, NumberReader number, double[] values,
            int at) throws IOException {
        DictionaryPage dictionaryPage = pages.readDictionaryPage();
        Dictionary dictionary = dictionaryPage == null ? null
                : dictionaryPage.getEncoding().initDictionary(column, dictionaryPage);
        boolean[] present = new boolean[0];
        int row = at;
        for (DataPage page = pages.readPage(); page != null; page = pages.readPage()) {
            int count = page.getValueCount();
            if (present.length < count) {
                present = new boolean[count];
            }
            Encoding encoding;
            ByteBufferInputStream data;
            int defined;
            if (page instanceof DataPageV1 v1) {
                data = v1.getBytes().toInputStream();
                v1.getRlEncoding().getValuesReader(column, ValuesType.REPETITION_LEVEL).initFromPage(count, data);
                ValuesReader levels = v1.getDlEncoding().getValuesReader(column, ValuesType.DEFINITION_LEVEL);
                levels.initFromPage(count, data);
                defined = definedValues(levels::readInteger, column, count, present);
                encoding = v1.getValueEncoding();
            } else {
                DataPageV2 v2 = (DataPageV2) page;
                RunLengthBitPackingHybridDecoder levels = column.getMaxDefinitionLevel() == 0 ? null
                        : new RunLengthBitPackingHybridDecoder(BytesUtils.getWidthFromMaxInt(
                                column.getMaxDefinitionLevel()), v2.getDefinitionLevels().toInputStream());
                defined = definedValues(levels == null ? () -> 0 : () -> {
                    try {
                        return levels.readInt();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, column, count, present);
                data = v2.getData().toInputStream();
                encoding = v2.getDataEncoding();
            }
            PrimitiveType type = column.getPrimitiveType();
            if (encoding == Encoding.PLAIN && type.getLogicalTypeAnnotation() == null
                    && type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.DOUBLE) {
                DoubleBuffer doubles = data.slice(defined * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
                if (defined == count) {
                    doubles.get(values, row, count);
                } else {
                    for (int i = 0; i < count; i++) {
                        values[row + i] = present[i] ? doubles.get() : Double.NaN;
                    }
                }
            } else if (encoding == Encoding.PLAIN && type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32
                    && !(type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation)
                    && number != UNSIGNED_INT) {
                IntBuffer ints = data.slice(defined * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
                for (int i = 0; i < count; i++) {
                    values[row + i] = present[i] ? ints.get() : Double.NaN;
                }
            } else {
                ValuesReader reader = encoding.usesDictionary()
                        ? encoding.getDictionaryBasedValuesReader(column, ValuesType.VALUES, dictionary)
                        : encoding.getValuesReader(column, ValuesType.VALUES);
                reader.initFromPage(count, data);
                for (int i = 0; i < count; i++) {
                    values[row + i] = present[i] ? number.read(reader) : Double.NaN;
                }
            }
            row += count;
        }
        return row - at;
    }

    /** Marks which of a page's {@code count} values are present (not null); returns how many are. */
    private static int definedValues(IntSupplier levels, ColumnDescriptor column, int count, boolean[] present) {
        int max = column.getMaxDefinitionLevel();
        int defined = 0;
        for (int i = 0; i < count; i++) {
            present[i] = levels.getAsInt() == max;
            defined += present[i] ? 1 : 0;
        }
        return defined;
    }

    private static ColumnDescriptor descriptor(MessageType projection, String name) {
        return projection.getColumnDescription(new String[] {name});
    }

    /** How to read {@code column}'s dates (epoch days), or an error naming the file when they are not DATEs. */
    private static NumberReader dateReader(String file, ColumnDescriptor column) {
        PrimitiveType type = column.getPrimitiveType();
        if (type.getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.INT32
                || !(type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation)) {
            throw new IllegalArgumentException("the column date of " + file + " is " + type + ", not a DATE");
        }
        return ValuesReader::readInteger; // a DATE is its epoch day
    }

    /** How to read {@code column}'s numbers as doubles, or an error naming the file when they are not numbers. */
    private static NumberReader numberReader(String file, ColumnDescriptor column) {
        PrimitiveType type = column.getPrimitiveType();
        if (type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
            int scale = decimal.getScale();
            switch (type.getPrimitiveTypeName()) {
                case INT32:
                    return reader -> BigDecimal.valueOf(reader.readInteger(), scale).doubleValue();
                case INT64:
                    return reader -> BigDecimal.valueOf(reader.readLong(), scale).doubleValue();
                case BINARY, FIXED_LEN_BYTE_ARRAY:
                    return reader -> new BigDecimal(new BigInteger(reader.readBytes().getBytes()), scale).doubleValue();
                default:
                    break;
            }
        } else if (type.getLogicalTypeAnnotation() == null
                || type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation) {
            boolean unsigned = type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation
                    whole && !whole.isSigned();
            switch (type.getPrimitiveTypeName()) {
                case DOUBLE:
                    return ValuesReader::readDouble;
                case FLOAT:
                    return ValuesReader::readFloat;
                case INT32:
                    return unsigned ? UNSIGNED_INT : ValuesReader::readInteger;
                case INT64:
                    return unsigned ? reader -> Double.parseDouble(Long.toUnsignedString(reader.readLong()))
                            : ValuesReader::readLong;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("the column " + column.getPath()[0] + " of " + file + " is " + type
                + ", not a number");
    }
}
