package org.bellwether.ingest;

/** Told how far an import has read; the CLI shows it as a progress bar on a terminal. */
public interface ImportProgress {

    /** Nothing shown. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void start(String file, long size, String unit) {
        }

        @Override
        public void advance(long position) {
        }

        @Override
        public void finish() {
        }
    };

    /** Reading {@code file} of {@code size} {@code unit}s (bytes or rows) begins. */
    void start(String file, long size, String unit);

    /** The reader is at {@code position}. */
    void advance(long position);

    /** Reading is done (or failed). */
    void finish();
}
