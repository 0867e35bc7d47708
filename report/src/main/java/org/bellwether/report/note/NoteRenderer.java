package org.bellwether.report.note;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Renders a {@link MarketNote}: Markdown with a footnote on every number and the charts as files beside it; HTML
 * with every number linked to its fact in a provenance section and the charts inline as SVG; PDF from the same HTML
 * with the charts as PNG.
 */
public final class NoteRenderer {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final String CSS = """
            body { font-family: 'DejaVu Serif', Georgia, serif; max-width: 50em; margin: 2em auto; color: #222;
                   line-height: 1.5; padding: 0 1em; }
            h1 { font-size: 1.9em; line-height: 1.2; margin-bottom: 0.2em; }
            h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #ddd; page-break-after: avoid;
                 -fs-page-break-min-height: 8em; }
            .data-note { color: #8a5a00; font-size: 0.9em; }
            .lede { font-size: 1.1em; }
            a.fact { color: inherit; text-decoration: none; border-bottom: 1px dotted #1f77b4; }
            table { border-collapse: collapse; margin: 1em 0; }
            th, td { padding: 0.3em 0.8em; border-bottom: 1px solid #ddd; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            tr, figure { page-break-inside: avoid; }
            figure { margin: 1.2em 0; }
            figure img, figure svg { max-width: 100%; height: auto; }
            figcaption { font-size: 0.85em; color: #555; }
            .provenance { font-size: 0.8em; color: #444; }
            """;

    private NoteRenderer() {
    }

    /** The chart files a Markdown note refers to, relative to the note: {@code <chartDir>/<id>.svg}. */
    public static String markdown(MarketNote note, String chartDir) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(markdown(note.headline())).append("\n\n");
        md.append("*").append(note.dataNote()).append(" As of ").append(LONG_DATE.format(note.asOf()))
                .append(" (last session ").append(note.session()).append(").*\n\n");
        md.append(join(note.lede(), NoteRenderer::markdown)).append("\n\n");
        MarketNote.PerfTable table = note.table();
        md.append("## ").append(table.title()).append("\n\n");
        md.append("| Index | Level on ").append(LONG_DATE.format(table.startDate())).append(" | Level on ")
                .append(LONG_DATE.format(table.endDate())).append(" | Change |\n|---|---:|---:|---:|\n");
        for (MarketNote.PerfRow row : table.rows()) {
            md.append("| ").append(row.name()).append(" | ").append(markdown(row.start())).append(" | ")
                    .append(markdown(row.end())).append(" | ").append(markdown(row.change())).append(" |\n");
        }
        md.append('\n');
        for (MarketNote.Section section : note.sections()) {
            md.append("## ").append(section.title()).append("\n\n").append(join(section.sentences(),
                    NoteRenderer::markdown)).append("\n\n");
            for (MarketNote.Chart chart : chartsOf(note, section.title())) {
                md.append("![").append(chart.title()).append(": ").append(chart.caption().replace("]", ")"))
                        .append("](").append(chartDir).append('/').append(chart.id()).append(".svg)\n\n");
            }
        }
        for (NoteFact fact : note.facts()) {
            md.append("[^").append(fact.id()).append("]: ").append(provenance(fact)).append('\n');
        }
        return md.toString();
    }

    private static String markdown(Text text) {
        StringBuilder out = new StringBuilder();
        for (Text.Part part : text.parts()) {
            if (part instanceof Text.Number number) {
                out.append(number.printed()).append("[^").append(number.fact().id()).append(']');
            } else {
                out.append(((Text.Words) part).text().replace("|", "\\|"));
            }
        }
        return out.toString();
    }

    /** The note as one HTML page: charts inline as SVG, or as PNG images for PDF. */
    public static String html(MarketNote note, boolean pngCharts) {
        Document document = Document.createShell("");
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8").prettyPrint(true);
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.head().appendElement("title").text(note.headline().plain());
        document.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        Element article = document.body().appendElement("article");
        append(article.appendElement("h1"), note.headline());
        article.appendElement("p").addClass("data-note").text(note.dataNote() + " As of "
                + LONG_DATE.format(note.asOf()) + " (last session " + note.session() + ").");
        Element lede = article.appendElement("p").addClass("lede");
        note.lede().forEach(sentence -> {
            append(lede, sentence);
            lede.appendText(" ");
        });
        MarketNote.PerfTable table = note.table();
        article.appendElement("h2").text(table.title());
        Element grid = article.appendElement("table");
        Element header = grid.appendElement("tr");
        header.appendElement("th").text("Index");
        header.appendElement("th").addClass("num").text("Level on " + LONG_DATE.format(table.startDate()));
        header.appendElement("th").addClass("num").text("Level on " + LONG_DATE.format(table.endDate()));
        header.appendElement("th").addClass("num").text("Change");
        for (MarketNote.PerfRow row : table.rows()) {
            Element tr = grid.appendElement("tr");
            tr.appendElement("td").text(row.name());
            append(tr.appendElement("td").addClass("num"), row.start());
            append(tr.appendElement("td").addClass("num"), row.end());
            append(tr.appendElement("td").addClass("num"), row.change());
        }
        for (MarketNote.Section section : note.sections()) {
            Element block = article.appendElement("section");
            block.appendElement("h2").text(section.title());
            Element paragraph = block.appendElement("p");
            section.sentences().forEach(sentence -> {
                append(paragraph, sentence);
                paragraph.appendText(" ");
            });
            for (MarketNote.Chart chart : chartsOf(note, section.title())) {
                Element figure = block.appendElement("figure").attr("id", "chart-" + chart.id());
                if (pngCharts) {
                    figure.appendElement("img").attr("alt", chart.title()).attr("src", "data:image/png;base64,"
                            + Base64.getEncoder().encodeToString(chart.png()));
                } else {
                    figure.append(chart.svg().replaceFirst("^<\\?xml[^>]*>", ""));
                }
                figure.appendElement("figcaption").text(chart.title() + ". " + chart.caption());
            }
        }
        Element provenance = article.appendElement("section").addClass("provenance").attr("data-provenance", "");
        provenance.appendElement("h2").text("Where each number comes from");
        Element list = provenance.appendElement("ol");
        for (NoteFact fact : note.facts()) {
            list.appendElement("li").attr("id", fact.id()).text(provenance(fact));
        }
        return "<!DOCTYPE html>\n" + document.outerHtml();
    }

    private static void append(Element parent, Text text) {
        for (Text.Part part : text.parts()) {
            if (part instanceof Text.Number number) {
                parent.appendElement("a").addClass("fact").attr("href", "#" + number.fact().id())
                        .attr("title", number.fact().definition()).attr("data-fact", number.fact().id())
                        .text(number.printed());
            } else {
                parent.appendText(((Text.Words) part).text());
            }
        }
    }

    /** DejaVu, where the system has it (Debian's fonts-dejavu-core): PDF's built-in fonts lack many characters. */
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

    /** Held here: java.util.logging keeps only weak references to its loggers, and with them their levels. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        XRLog.setLoggingEnabled(false); // openhtmltopdf's progress lines are not for the user
        PDFBOX_LOG.setLevel(Level.SEVERE); // nor PDFBox's font fallbacks
    }

    /** The note as PDF, rendered from its HTML with the charts as PNG. */
    public static byte[] pdf(MarketNote note) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (String[] font : new String[][] {{"DejaVuSerif.ttf", "400"}, {"DejaVuSerif-Bold.ttf", "700"}}) {
                File file = DEJAVU.resolve(font[0]).toFile();
                if (file.isFile()) {
                    builder.useFont(file, "DejaVu Serif", Integer.parseInt(font[1]), FontStyle.NORMAL, true);
                }
            }
            builder.withHtmlContent(html(note, true), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A fact's provenance in one line. */
    static String provenance(NoteFact fact) {
        String period = fact.start().equals(fact.end()) ? fact.end().toString() : fact.start() + " to " + fact.end();
        String of = fact.subjects().isEmpty() ? "" : " of " + String.join(", ", fact.subjects());
        return fact.printed() + ": " + fact.kind() + of + ", " + period
                + ". " + Character.toUpperCase(fact.definition().charAt(0)) + fact.definition().substring(1)
                + ". Source: " + fact.source() + ".";
    }

    /** The charts shown in {@code section}: the price where the breakout is told, the rest with their topic. */
    private static List<MarketNote.Chart> chartsOf(MarketNote note, String section) {
        List<String> titles = note.sections().stream().map(MarketNote.Section::title).toList();
        Map<String, String> home = new LinkedHashMap<>();
        home.put("price", titles.contains("Levels and breakouts") ? "Levels and breakouts" : "Performance");
        home.put("relative", "Performance");
        home.put("sectors", "Leadership and concentration");
        home.put("concentration", "Leadership and concentration");
        List<MarketNote.Chart> charts = new ArrayList<>();
        for (MarketNote.Chart chart : note.charts()) {
            String where = home.getOrDefault(chart.id(), "Performance");
            if (!titles.contains(where)) {
                where = titles.get(0);
            }
            if (where.equals(section)) {
                charts.add(chart);
            }
        }
        return charts;
    }

    private static String join(List<Text> sentences, java.util.function.Function<Text, String> render) {
        return String.join(" ", sentences.stream().map(render).toList());
    }
}
