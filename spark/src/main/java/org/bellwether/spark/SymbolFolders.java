package org.bellwether.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;

/**
 * The symbol folders of a table partitioned by symbol ({@code TABLE/symbol=RUT/data_0.parquet}, the layout {@code
 * bellwether export --dataset} writes): each folder holds all of one symbol's rows, so a task can read a symbol from
 * its files alone, with no shuffle and without Spark's file scan (which sets up a Hadoop job configuration and reads
 * the footer through its own reader for each of 10,000 small files).
 */
final class SymbolFolders {

    private static final String PREFIX = "symbol=";

    /**
     * One symbol's folder: its symbol (the folder's name unescaped as Spark reads it) and its data files.
     *
     * @param files the data files' locations, as Hadoop reads them
     */
    record SymbolFolder(String symbol, List<String> files) implements Serializable {
    }

    private SymbolFolders() {
    }

    /**
     * The symbol folders of {@code table}, by symbol; empty when the table is laid out otherwise (a data file beside
     * the folders, a folder that is not a symbol's or that holds folders), and Spark's own reading must group it.
     */
    static Optional<List<SymbolFolder>> of(SparkSession spark, String table) {
        Path root = new Path(table);
        try {
            // listStatus, not listFiles: a local file's LocatedFileStatus reads its permissions, by a forked `ls`
            FileSystem files = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            List<SymbolFolder> folders = new ArrayList<>();
            for (FileStatus folder : files.listStatus(root)) {
                if (!dataFile(folder)) {
                    continue;
                }
                String name = folder.getPath().getName();
                if (!folder.isDirectory() || !name.startsWith(PREFIX)) {
                    return Optional.empty();
                }
                List<String> data = new ArrayList<>();
                for (FileStatus file : files.listStatus(folder.getPath())) {
                    if (file.isDirectory()) {
                        return Optional.empty();
                    }
                    if (dataFile(file)) {
                        data.add(file.getPath().toString());
                    }
                }
                if (!data.isEmpty()) {
                    data.sort(null);
                    folders.add(new SymbolFolder(ExternalCatalogUtils.unescapePathName(name.substring(PREFIX.length())),
                            List.copyOf(data)));
                }
            }
            folders.sort((a, b) -> a.symbol().compareTo(b.symbol()));
            return Optional.of(folders);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + table + ": " + e.getMessage(), e);
        }
    }

    /** Whether Spark reads the file or folder as data: not hidden (the generation file, checksums, _SUCCESS). */
    private static boolean dataFile(FileStatus file) {
        String name = file.getPath().getName();
        return !name.startsWith("_") && !name.startsWith(".");
    }
}
