package org.bellwether.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;

/**
 * Whether a table partitioned by symbol ({@code TABLE/symbol=RUT/data_0.parquet}) can be read a symbol at a time
 * without a shuffle: every symbol's folder holds one data file, and no file is larger than the least Spark ever
 * reads as one piece ({@code spark.sql.files.maxPartitionBytes} and {@code openCostInBytes}, the floor of its split
 * size), so each symbol's rows arrive together, in one task.
 */
final class SymbolFiles {

    private SymbolFiles() {
    }

    /** Whether each symbol folder of {@code table} is one file that a task reads whole. */
    static boolean readWhole(SparkSession spark, String table) {
        long unsplit = Math.min(bytes(spark, "spark.sql.files.maxPartitionBytes", "128m"),
                bytes(spark, "spark.sql.files.openCostInBytes", "4m"));
        Path root = new Path(table);
        try {
            // listStatus, not listFiles: a local file's LocatedFileStatus reads its permissions, by a forked `ls`
            FileSystem files = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (FileStatus folder : files.listStatus(root)) {
                if (!folder.isDirectory()) {
                    if (dataFile(folder)) {
                        return false; // a file beside the symbol folders
                    }
                    continue;
                }
                int dataFiles = 0;
                for (FileStatus file : files.listStatus(folder.getPath())) {
                    if (file.isDirectory() || !folder.getPath().getName().startsWith("symbol=")
                            || dataFile(file) && (++dataFiles > 1 || file.getLen() > unsplit)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + table + ": " + e.getMessage(), e);
        }
    }

    /** Whether Spark reads the file as data: not hidden (the generation file, checksums). */
    private static boolean dataFile(FileStatus file) {
        String name = file.getPath().getName();
        return !name.startsWith("_") && !name.startsWith(".");
    }

    private static long bytes(SparkSession spark, String key, String fallback) {
        return JavaUtils.byteStringAsBytes(spark.conf().get(key, fallback));
    }
}
