package org.bellwether.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bellwether.ingest.ImportProgress;

/**
 * A progress bar on stderr while a file is read, shown only on a terminal: the launcher passes
 * {@code -Dbellwether.progress=true} when stderr is a TTY, so pipes, files and CI logs stay quiet.
 */
final class TerminalProgress implements ImportProgress {

    private final PrintStream err;
    private ProgressBar bar;

    private TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** A progress bar when stderr is a terminal, nothing otherwise. */
    static ImportProgress forStderr() {
        return Boolean.getBoolean("bellwether.progress") ? new TerminalProgress(System.err) : ImportProgress.NONE;
    }

    @Override
    public void start(String file, long size, String unit) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(shortName(file)).setInitialMax(size)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(err));
        if (unit.equals("B")) {
            builder.setUnit(" MB", 1L << 20);
        } else {
            builder.setUnit(" rows", 1);
        }
        bar = builder.build();
    }

    private static String shortName(String file) {
        int slash = file.lastIndexOf('/');
        return "import " + (slash >= 0 ? file.substring(slash + 1) : file);
    }

    @Override
    public void advance(long position) {
        bar.stepTo(position);
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
