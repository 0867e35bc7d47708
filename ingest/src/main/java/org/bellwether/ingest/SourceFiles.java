package org.bellwether.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bellwether.store.ScratchFiles;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Opens an input file as a {@link RecordSource}, recognising Parquet and JSON, refusing empty and binary files. */
final class SourceFiles {

    private static final int SNIFF_BYTES = 8192;
    private static final byte[] PARQUET_MAGIC = {'P', 'A', 'R', '1'};

    /** What kind of container a file is. */
    enum Container { CSV, PARQUET, JSON }

    private SourceFiles() {
    }

    /** Recognises the container from the first bytes, after refusing missing, empty and binary files. */
    static Container sniff(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(name, Files.exists(file) ? "is not a regular file" : "no such file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
        if (head.length >= 4 && Arrays.equals(Arrays.copyOf(head, 4), PARQUET_MAGIC)) {
            return Container.PARQUET;
        }
        if (new String(head, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new BadInputException(name, "the file is empty; expected a header line and data lines");
        }
        if (isBinary(head)) {
            throw new BadInputException(name, "is a binary file; expected CSV text (UTF-8), Parquet or JSON");
        }
        String text = new String(head, StandardCharsets.UTF_8).stripLeading().replace("\uFEFF", "");
        if (text.startsWith("[") || text.startsWith("{")
                || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Container.JSON;
        }
        return Container.CSV;
    }

    private static boolean isBinary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        // a multi-byte character may be cut at the end of the sample: ignore the last 3 bytes
        int length = Math.max(0, head.length == SNIFF_BYTES ? head.length - 3 : head.length);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, length));
            return false;
        } catch (CharacterCodingException e) {
            return true;
        }
    }

    /** A file to read: the file itself, or a gzip file's decompressed copy, deleted on close. */
    record Decompressed(Path path, boolean temporary) implements AutoCloseable {
        @Override
        public void close() {
            if (temporary) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not remove the decompressed copy " + path, e);
                }
            }
        }
    }

    /** {@code file} itself, or when it is gzip-compressed (it starts with 1f 8b) its decompressed copy. */
    static Decompressed decompressed(Path file) {
        if (!isGzip(file)) {
            return new Decompressed(file, false);
        }
        try {
            Path copy = ScratchFiles.file("gunzip");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(copy);
                throw new BadInputException(file.toString(), "is a gzip file that could not be decompressed ("
                        + e.getMessage() + "); is it whole?");
            }
            return new Decompressed(copy, true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not decompress " + file, e);
        }
    }

    private static boolean isGzip(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Opens {@code file} as records named {@code name} (the file, or the URL it was fetched from). */
    static RecordSource open(Path file, String name) {
        return switch (sniff(file, name)) {
            case PARQUET -> new ParquetRecordSource(file, name);
            case JSON -> new JsonRecordSource(file, name);
            case CSV -> new CsvRecordSource(file, name);
        };
    }
}
