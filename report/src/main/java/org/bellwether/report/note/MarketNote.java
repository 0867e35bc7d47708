package org.bellwether.report.note;

import java.time.LocalDate;
import java.util.List;

/**
 * A written market note, ready to render.
 *
 * @param asOf the as-of date
 * @param session the last session on or before it (the note's "today")
 * @param headline the headline: the most newsworthy fact
 * @param lede the opening sentences: the next most newsworthy facts
 * @param table the performance table (index, start level, end level, change)
 * @param sections the sections, each a list of sentences
 * @param charts the charts, rendered
 * @param facts every number's fact, in order of first use
 * @param dataNote what the data are ("Simulated data: ..." or the store), printed under the headline
 */
public record MarketNote(LocalDate asOf, LocalDate session, Text headline, List<Text> lede, PerfTable table,
        List<Section> sections, List<Chart> charts, List<NoteFact> facts, String dataNote) {

    /** A titled section of sentences. */
    public record Section(String title, List<Text> sentences) {
    }

    /** The performance table: the dates of the two level columns, and a row per index. */
    public record PerfTable(String title, LocalDate startDate, LocalDate endDate, List<PerfRow> rows) {
    }

    /** One index of the table. */
    public record PerfRow(String name, Text start, Text end, Text change) {
    }

    /**
     * A chart, rendered server-side.
     *
     * @param id a file-name stem, e.g. {@code price}
     * @param title the title
     * @param caption what it shows, with the data used
     * @param svg the SVG document
     * @param png the PNG image (for PDF and Markdown viewers without SVG)
     */
    public record Chart(String id, String title, String caption, String svg, byte[] png) {
    }
}
