package org.bellwether.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** A CSV file read with FastCSV; a record with the wrong number of fields is an error naming the line. */
final class CsvRecordSource extends RecordSource {

    private final Path file;
    private final long size;
    private final boolean endsWithNewline;
    private final CountingInputStream counter;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private CsvRecord current;

    CsvRecordSource(Path file, String name) {
        super(name);
        this.file = file;
        try {
            this.size = Files.size(file);
            this.endsWithNewline = endsWithNewline(file);
            this.counter = new CountingInputStream(Files.newInputStream(file));
            this.reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                    .ofCsvRecord(new InputStreamReader(counter, StandardCharsets.UTF_8));
            this.records = reader.iterator();
            if (!records.hasNext()) {
                throw new BadInputException(name, "the file is empty; expected a header line and data lines");
            }
            header(records.next().getFields().stream().map(field -> field.replace("\uFEFF", "").strip()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "r")) {
            if (access.length() == 0) {
                return true;
            }
            access.seek(access.length() - 1);
            int last = access.read();
            return last == '\n' || last == '\r';
        }
    }

    /** The file being read. */
    Path file() {
        return file;
    }

    @Override
    public boolean next() {
        try {
            if (!records.hasNext()) {
                return false;
            }
            current = records.next();
        } catch (CsvParseException e) {
            throw new BadInputException(name(), "not a readable CSV file: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new BadInputException(name(), "could not be read: " + e.getCause().getMessage());
        }
        return true;
    }

    @Override
    public String recordProblem() {
        if (current.getFieldCount() == header().size()) {
            return null;
        }
        boolean truncated = !records.hasNext() && !endsWithNewline && current.getFieldCount() < header().size();
        return (truncated ? "the last line is truncated (the file ends in the middle of it): it has " : "the line has ")
                + current.getFieldCount() + " fields, expected " + header().size() + " as in the header";
    }

    @Override
    public long line() {
        return current.getStartingLineNumber();
    }

    @Override
    public int fieldCount() {
        return current.getFieldCount();
    }

    @Override
    public String field(int index) {
        return current.getField(index);
    }

    @Override
    public long position() {
        return counter.count;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
