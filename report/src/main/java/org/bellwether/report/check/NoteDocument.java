package org.bellwether.report.check;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A note as the checker reads it: paragraphs of sentences and tables, from plain text, Markdown or HTML. Sentences are
 * split by ICU's sentence rules with the standard abbreviation suppressions ("Jan. 5", "U.S."); the provenance of a
 * Bellwether note (its footnotes or provenance section) is left out, being about the numbers rather than claims.
 */
record NoteDocument(List<Block> blocks) {

    /** A Markdown line that starts a block of its own: a heading, a list item, a quote, a footnote, an image. */
    private static final Pattern MARKDOWN_BLOCK_START = Pattern.compile("#|[-*+]\\s|\\d+[.)]\\s|>|\\[\\^|!\\[");
    /** A plain-text line that ends a sentence or heads what follows ("On Monday:"). */
    private static final Pattern LINE_END = Pattern.compile("[.!?:;\"')\\]]$");
    /** How long a plain-text line is at least when it was wrapped mid-sentence, not a title. */
    private static final int WRAPPED_LINE = 50;
    /** How a table row ends: a percentage. */
    private static final Pattern TABLE_ROW_END = Pattern.compile("\\d(?:\\.\\d+)?\\s*%\\s*$");
    private static final Pattern TABLE_DIGITS = Pattern.compile("\\d");
    /** Words a sentence has and a table row has not. */
    private static final Pattern SENTENCE_WORD = Pattern.compile("\\s(?:the|is|was|are|were|has|have|by|of)\\s");
    /** A piece that goes on the sentence before: it starts in lower case. */
    private static final Pattern CONTINUES = Pattern.compile("[a-z]");
    /** A sentence cut after an abbreviation that a number follows ("Oct. 28", "No. 2"). */
    private static final Pattern ABBREVIATION_END = Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov"
            + "|Dec|No|Nos|Vol|Fig)\\.$");

    /** A line that says where the data come from: "Data:", "Source:", "Sources:", "Simulated data (...)". */
    private static final Pattern ATTRIBUTION = Pattern.compile("[*_]*(?:Data|Sources?|Simulated data\\b[^.]*)[:.]");

    /** A sentence cut inside a name that holds "U.S." ("iShares U.S. Aerospace"): a capitalised word before it. */
    private static final Pattern NAME_US_END = Pattern.compile("(?:^|\\s)[a-z]?[A-Z][\\w&]*\\s+U\\.S\\.$");

    /** A paragraph or a table, in document order. */
    sealed interface Block permits Paragraph, Table {
    }

    /** A paragraph (or heading), split into sentences. */
    record Paragraph(List<String> sentences) implements Block {
    }

    /**
     * A table: its header cells and rows of cells. Plain text may run a table's cells together
     * ("Russell 20002,310.452,512.18+8.73%"): such a header or row is one cell.
     */
    record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    /** The format a note is written in. */
    enum Format { TEXT, MARKDOWN, HTML }

    /** The format of a file named {@code name} holding {@code content}. */
    static Format detect(String name, String content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || content.stripLeading().startsWith("<")) {
            return Format.HTML;
        }
        return lower.endsWith(".md") || lower.endsWith(".markdown") ? Format.MARKDOWN : Format.TEXT;
    }

    /** Reads {@code content} written in {@code format}. */
    static NoteDocument read(String content, Format format) {
        return switch (format) {
            case HTML -> html(content);
            case MARKDOWN -> markdown(content);
            case TEXT -> text(content);
        };
    }

    private static NoteDocument html(String content) {
        Document document = Jsoup.parse(content);
        document.select("[data-provenance], .provenance, script, style, svg, figcaption").remove();
        List<Block> blocks = new ArrayList<>();
        for (Element element : document.body().select("p, h1, h2, h3, h4, h5, h6, li, blockquote, table")) {
            if (element.tagName().equals("table")) {
                List<String> header = element.select("tr").stream().limit(1)
                        .flatMap(row -> row.select("th, td").stream()).map(Element::text).toList();
                List<List<String>> rows = element.select("tr").stream().skip(1)
                        .map(row -> row.select("th, td").stream().map(Element::text).toList()).toList();
                blocks.add(new Table(header, rows));
            } else if (element.parents().stream().noneMatch(p -> p.tagName().matches("table|li|blockquote"))
                    && !element.ownText().isBlank()) {
                blocks.add(paragraph(element.text()));
            }
        }
        return new NoteDocument(blocks);
    }

    /**
     * Markdown as CommonMark reads it: lines up to a blank line, a heading, a list item or a table are one paragraph
     * (a wrapped line goes on the line before); tables by their pipes.
     */
    private static NoteDocument markdown(String content) {
        List<Block> blocks = new ArrayList<>();
        List<String> tableLines = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : content.split("\\R")) {
            String trimmed = line.strip();
            boolean table = trimmed.startsWith("|");
            boolean quoteGoesOn = trimmed.startsWith(">") && paragraph.toString().startsWith(">");
            boolean starts = trimmed.isEmpty() || table || !quoteGoesOn
                    && MARKDOWN_BLOCK_START.matcher(trimmed).lookingAt();
            if (starts && !paragraph.isEmpty()) {
                blocks.add(paragraph(plainMarkdown(paragraph.toString())));
                paragraph.setLength(0);
            }
            if (table) {
                tableLines.add(trimmed);
                continue;
            }
            if (!tableLines.isEmpty()) {
                blocks.add(markdownTable(tableLines));
                tableLines.clear();
            }
            if (trimmed.matches("\\[\\^[^\\]]+\\]:.*") || trimmed.startsWith("![") || trimmed.isEmpty()) {
                continue; // footnote definitions are provenance; images are charts
            }
            if (trimmed.startsWith("#")) {
                blocks.add(paragraph(plainMarkdown(trimmed))); // a heading is a paragraph of its own
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(paragraph.isEmpty() ? trimmed
                        : trimmed.replaceFirst("^>\\s*", ""));
            }
        }
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph(plainMarkdown(paragraph.toString())));
        }
        if (!tableLines.isEmpty()) {
            blocks.add(markdownTable(tableLines));
        }
        return new NoteDocument(blocks);
    }

    private static String plainMarkdown(String line) {
        return line.replaceAll("\\[\\^[^\\]]+\\]", "").replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("^#+\\s*|^>\\s*|^[-*+]\\s+", "").replaceAll("[*_`]{1,3}", "");
    }

    private static Table markdownTable(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.matches("\\|?[\\s:|-]+\\|?")) {
                continue; // the separator row
            }
            String inner = line.replaceAll("^\\|", "").replaceAll("\\|$", "");
            rows.add(Arrays.stream(inner.split("\\|")).map(cell -> plainMarkdown(cell.strip())).toList());
        }
        return new Table(rows.isEmpty() ? List.of() : rows.get(0), rows.size() < 2 ? List.of()
                : rows.subList(1, rows.size()));
    }

    /**
     * Plain text: a paragraph a line, lines wrapped mid-sentence joined ({@link #wraps}); a run of lines that look like table rows (a name,
     * then two or more numbers, ending in a percentage, no sentence) with the line before as header, a table.
     */
    private static NoteDocument text(String content) {
        List<String> lines = Arrays.stream(content.split("\\R")).map(String::strip).toList();
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isEmpty()) {
                i++;
                continue;
            }
            int rows = 0;
            while (i + 1 + rows < lines.size() && looksLikeTableRow(lines.get(i + 1 + rows))) {
                rows++;
            }
            if (rows > 0 && looksLikeTableHeader(lines.get(i))) {
                List<List<String>> cells = new ArrayList<>();
                for (String row : lines.subList(i + 1, i + 1 + rows)) {
                    cells.add(row.contains("\t") ? List.of(row.split("\t")) : List.of(row));
                }
                String header = lines.get(i);
                blocks.add(new Table(header.contains("\t") ? List.of(header.split("\t")) : List.of(header), cells));
                i += 1 + rows;
            } else {
                StringBuilder paragraph = new StringBuilder(lines.get(i));
                i++;
                while (i < lines.size() && wraps(lines.get(i - 1), lines.get(i))) { // a line wrapped mid-sentence
                    paragraph.append(' ').append(lines.get(i));
                    i++;
                }
                blocks.add(paragraph(paragraph.toString()));
            }
        }
        return new NoteDocument(blocks);
    }

    /**
     * Whether plain-text line {@code next} goes on {@code line}: {@code line} ends mid-sentence, and is as long as a
     * wrapped line or {@code next} goes on in lower case or with a number (a short title line stands alone).
     */
    private static boolean wraps(String line, String next) {
        return !next.isEmpty() && !LINE_END.matcher(line).find() && !looksLikeTableRow(next)
                && (line.length() >= WRAPPED_LINE || Character.isLowerCase(next.charAt(0))
                        || Character.isDigit(next.charAt(0)));
    }

    /** A table row: a name, then numbers (run together or not), ending in a percentage; no sentence words. */
    private static boolean looksLikeTableRow(String line) {
        // matchers that scan once: a row's regex with three ".*" backtracks for minutes on a long line
        return TABLE_ROW_END.matcher(line).find() && TABLE_DIGITS.matcher(line).results().limit(3).count() == 3
                && !SENTENCE_WORD.matcher(line).find();
    }

    private static boolean looksLikeTableHeader(String line) {
        return line.toLowerCase(Locale.ROOT).matches(".*(level|close|change|return|%).*") && !line.endsWith(".");
    }

    /**
     * The sentences of {@code text}; none for a line that attributes the data ("Data: ...", "Source: FactSet"), which
     * names where the figures come from (store paths, file names, dates of download) and claims nothing.
     */
    private static Paragraph paragraph(String text) {
        if (ATTRIBUTION.matcher(text).lookingAt()) {
            return new Paragraph(List.of());
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(new ULocale("en_US@ss=standard"));
        sentences.setText(text);
        List<String> found = new ArrayList<>();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String sentence = text.substring(start, end).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            int last = found.size() - 1;
            if (last >= 0 && (CONTINUES.matcher(sentence).lookingAt() || ABBREVIATION_END.matcher(found.get(last))
                    .find() && Character.isDigit(sentence.charAt(0)) || NAME_US_END.matcher(found.get(last)).find())) {
                found.set(last, found.get(last) + " " + sentence); // "since Oct. 28": ICU knows "Sept." but not "Oct."
            } else {
                found.add(sentence);
            }
        }
        return new Paragraph(found);
    }
}
