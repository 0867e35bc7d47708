package org.bellwether.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bellwether.facts.MarketData;
import org.bellwether.report.check.CheckReport;
import org.bellwether.report.check.Claim;
import org.bellwether.report.check.ClaimChecker;
import org.bellwether.report.note.MarketNote;
import org.bellwether.report.note.NoteFiles;
import org.bellwether.report.note.NoteRenderer;
import org.bellwether.report.note.NoteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The market note and the claim checker. */
final class ReportCommands {

    private ReportCommands() {
    }

    @Command(name = "note", mixinStandardHelpOptions = true,
            description = {"Write the market note as of a date from the store's facts: headline, lede, sections,",
                "the performance table and charts, every number footnoted (Markdown) or linked (HTML) to its fact.",
                "Beside the note: <name>-charts/ (SVG and PNG) and <name>.facts.json (every fact)."})
    static final class Note implements Callable<Integer> {
        @ParentCommand
        private Main main;

        @Spec
        private CommandSpec spec;

        @Option(names = "--universe", split = ",", paramLabel = "SYM", description = "the indices, the subject first "
                + "(default: every index in the store, the most members first)")
        private List<String> universe;

        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the note's date")
        private LocalDate asOf;

        @Option(names = "--format", paramLabel = "md|html|pdf", description = "the format (default: from --out's "
                + "extension, else md)")
        private NoteFiles.Format format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the note's file")
        private Path out;

        @Option(names = "--json", description = "print what was written as one JSON document")
        private boolean json;

        @Override
        public Integer call() throws IOException {
            MarketData data = new MarketData(main.store());
            NoteWriter writer = new NoteWriter(data);
            List<String> symbols = universe == null ? writer.defaultUniverse(asOf) : AnalyticsCommands.symbols(universe);
            NoteFiles.Format chosen = format != null ? format
                    : NoteFiles.formatOf(out) != null ? NoteFiles.formatOf(out) : NoteFiles.Format.MD;
            MarketNote note = writer.write(symbols, asOf);
            // the note checked against the same store before it is written: a claim it cannot verify is reported
            CheckReport selfCheck = new ClaimChecker(data, ClaimChecker.DEFAULT_SESSION_WINDOW)
                    .check(NoteRenderer.markdown(note, "charts"), "note.md", asOf);
            List<Claim> unverified = selfCheck.claims().stream().filter(c -> !c.verdict().equals(Claim.VERIFIED))
                    .toList();
            NoteFiles.Written written = NoteFiles.write(note, out, chosen);
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter stderr = spec.commandLine().getErr();
            unverified.forEach(c -> stderr.println("note: self-check: " + c.verdict() + ": " + c.text() + " ("
                    + c.explanation() + ")"));
            stderr.flush();
            if (json) {
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("note", written.note().toString());
                document.put("format", chosen.name().toLowerCase(Locale.ROOT));
                document.put("headline", note.headline().plain());
                document.put("session", note.session());
                document.put("facts", written.facts().toString());
                document.put("fact_count", note.facts().size());
                document.put("charts", written.charts().stream().map(Path::toString).toList());
                document.put("self_check", Map.of("claims", selfCheck.claims().size(), "verified",
                        selfCheck.claims().size() - unverified.size()));
                Output.json(stdout, document);
            } else {
                stdout.println(note.headline().plain());
                stdout.printf(Locale.ROOT, "Wrote %s (%d facts), its charts in %s (%d, SVG and PNG) and %s%n",
                        written.note(), note.facts().size(), written.charts().isEmpty() ? "-"
                                : written.charts().get(0).getParent(), note.charts().size(), written.facts());
                stdout.printf(Locale.ROOT, "Self-check: %d of %d claims verified against the store%n",
                        selfCheck.claims().size() - unverified.size(), selfCheck.claims().size());
                stdout.flush();
            }
            Output.simulatedNote(spec, data, json);
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check every quantitative claim of a market note (plain text, Markdown or HTML) against",
                "the store: the claim, its kind, the stated and the computed value, and a verdict (verified,",
                "contradicted, unverifiable) with the sessions, series and definition used."})
    static final class Check implements Callable<Integer> {
        @ParentCommand
        private Main main;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the note")
        private Path file;

        @Option(names = "--as-of", required = true, paramLabel = "DATE",
                description = "the date claims without their own date are read against")
        private LocalDate asOf;

        @Option(names = "--session-window", paramLabel = "N", defaultValue = "5", description = "\"in a single "
                + "session\" may be any of the last N sessions (default: ${DEFAULT-VALUE})")
        private int sessionWindow;

        @Option(names = "--json", description = "print the claims as one JSON document")
        private boolean json;

        @Override
        public Integer call() throws IOException {
            String content = read(file);
            MarketData data = new MarketData(main.store());
            CheckReport report = new ClaimChecker(data, sessionWindow).check(content, file.getFileName().toString(),
                    asOf);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Output.json(out, report);
            } else {
                for (Claim claim : report.claims()) {
                    out.printf(Locale.ROOT, "%-12s %-22s %s%n", claim.verdict().toUpperCase(Locale.ROOT), claim.kind(),
                            claim.text());
                    out.printf(Locale.ROOT, "%35s stated %s, computed %s: %s%n", "", value(claim.stated()),
                            value(claim.computed()), claim.explanation());
                }
                CheckReport.Summary summary = report.summary();
                out.printf(Locale.ROOT, "%d claims: %d verified, %d contradicted, %d unverifiable%n",
                        report.claims().size(), summary.verified(), summary.contradicted(), summary.unverifiable());
                out.flush();
            }
            Output.simulatedNote(spec, data, json);
            return 0;
        }

        private static String read(Path file) throws IOException {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("FILE: no such file: " + file);
            } catch (MalformedInputException e) {
                throw new IllegalArgumentException("FILE: " + file + " is not UTF-8 text (a note in plain text, "
                        + "Markdown or HTML was expected)");
            }
        }

        private static String value(Double value) {
            if (value == null) {
                return "-";
            }
            return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.2f", value)
                    : new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
    }
}
