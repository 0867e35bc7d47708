package org.bellwether.report.note;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bellwether.facts.text.Json;

/**
 * Writes a note to disk: the note itself ({@code .md}, {@code .html} or {@code .pdf}), its charts as SVG and PNG in
 * {@code <name>-charts/}, and the JSON of all its facts as {@code <name>.facts.json}. Each file is written to a
 * temporary sibling first and moved into place, so a failed run leaves no half-written note.
 */
public final class NoteFiles {

    /** The formats a note is written in. */
    public enum Format { MD, HTML, PDF }

    /** What was written. */
    public record Written(Path note, Path facts, List<Path> charts) {
    }

    private NoteFiles() {
    }

    /** The format a file name asks for ({@code .md}, {@code .html}/{@code .htm}, {@code .pdf}), or null. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MD;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        return name.endsWith(".pdf") ? Format.PDF : null;
    }

    /** Writes {@code note} as {@code out} in {@code format}, with its charts and facts beside it. */
    public static Written write(MarketNote note, Path out, Format format) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String stem = out.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path chartDir = dir.resolve(stem + "-charts");
        Files.createDirectories(chartDir);
        List<Path> charts = new ArrayList<>();
        for (MarketNote.Chart chart : note.charts()) {
            charts.add(replace(chartDir.resolve(chart.id() + ".svg"), chart.svg().getBytes(StandardCharsets.UTF_8)));
            charts.add(replace(chartDir.resolve(chart.id() + ".png"), chart.png()));
        }
        byte[] content = switch (format) {
            case MD -> NoteRenderer.markdown(note, chartDir.getFileName().toString()).getBytes(StandardCharsets.UTF_8);
            case HTML -> NoteRenderer.html(note, false).getBytes(StandardCharsets.UTF_8);
            case PDF -> NoteRenderer.pdf(note);
        };
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("as_of", note.asOf());
        facts.put("session", note.session());
        facts.put("headline", note.headline().plain());
        facts.put("data", note.dataNote());
        facts.put("facts", note.facts());
        Path factsFile = replace(dir.resolve(stem + ".facts.json"), Json.mapper(true).writeValueAsBytes(facts));
        return new Written(replace(out, content), factsFile, charts);
    }

    private static Path replace(Path target, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".bellwether-", ".tmp");
        try {
            Files.write(temporary, content);
            return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
