package org.bellwether.report.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bellwether.core.series.DailySeries;
import org.bellwether.facts.FactKind;
import org.bellwether.facts.FactsEngine;
import org.bellwether.facts.Reports;
import org.bellwether.report.DemoStore;
import org.bellwether.report.check.Claim;
import org.bellwether.report.check.CheckReport;
import org.bellwether.report.check.ClaimChecker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo note (as of 2026-01-22): its facts against the engine, its files, and its own check. */
class NoteWriterTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 22);

    static MarketNote note;
    static Map<String, NoteFact> byKind;

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() {
        note = new NoteWriter(DemoStore.data()).write(List.of("RUT", "SPX", "NDX", "KRX"), AS_OF);
        byKind = note.facts().stream().collect(Collectors.toMap(
                f -> FactKind.byId(f.kind()).orElseThrow().name() + " " + f.subjects(),
                Function.identity(), (first, second) -> first));
    }

    @Test
    void the_headline_is_the_record_and_the_lede_the_next_facts() {
        assertThat(note.headline().plain()).as("the record close of 2,512.18, above 2,500 for the first time")
                .isEqualTo("Russell 2000 posts its first close above 2,500");
        assertThat(note.lede().get(0).plain()).isEqualTo(
                "The Russell 2000 closed at 2,512.18 on January 22, its first close above 2,500.");
        assertThat(note.lede()).extracting(Text::plain).anyMatch(s -> s.contains("broke through the 2,450.00"));
        assertThat(note.dataNote()).startsWith("Simulated data (small-cap-breakout-2026 (seed 42)), not real market prices.");
    }

    @Test
    void the_table_holds_the_engines_levels_and_returns() {
        Reports.Perf perf = new FactsEngine(DemoStore.data()).perf(List.of("RUT", "SPX", "NDX", "KRX"),
                LocalDate.of(2025, 12, 31), AS_OF);
        for (int i = 0; i < perf.rows().size(); i++) {
            Reports.PerfRow expected = perf.rows().get(i);
            MarketNote.PerfRow row = note.table().rows().get(i);
            assertThat(fact(row.start()).value()).isEqualTo(expected.startLevel());
            assertThat(fact(row.end()).value()).isEqualTo(expected.endLevel());
            assertThat(fact(row.change()).value()).isEqualTo(expected.returnPct());
        }
        assertThat(note.table().rows()).extracting(r -> r.change().plain())
                .containsExactly("+8.73%", "+2.35%", "+1.18%", "+9.67%");
        assertThat(note.table().startDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void the_story_facts_are_the_engines() {
        assertThat(byKind.get("RECORD_HIGH_COUNT [RUT]").value()).isEqualTo(7);
        assertThat(byKind.get("RELATIVE_PERFORMANCE [RUT, SPX]").value())
                .isCloseTo((2512.18 / 2310.45 - 6120.45 / 5980.12) * 10_000, within(1e-9));
        assertThat(byKind).as("a factor between returns is no statistic a reader wants").doesNotContainKey(
                "RETURN_FACTOR [RUT, NDX]");
        DailySeries rut = DemoStore.data().daily("RUT").require();
        int today = rut.indexOnOrBefore(AS_OF);
        assertThat(note.facts()).filteredOn(f -> f.kind().equals("session_move") && f.subjects().equals(List.of("RUT")))
                .extracting(NoteFact::value).as("today's move, and the week's larger one")
                .anySatisfy(v -> assertThat(v).isCloseTo((rut.close(today) / rut.close(today - 1) - 1) * 100,
                        within(1e-9)))
                .anySatisfy(v -> assertThat(v).isCloseTo(2.0, within(1e-9)));
        assertThat(byKind.get("BREAKOUT [RUT]").value()).isCloseTo(2450, within(2.45 * 0.5));
        assertThat(byKind.get("BREAKOUT_HELD [RUT]").value()).isEqualTo(180);
        assertThat(byKind.get("BREAKOUT_HELD [RUT]").printed()).isEqualTo("three hours");
        assertThat(byKind.get("VOLUME_RATIO [RUT]").value()).isGreaterThanOrEqualTo(1.5);
        assertThat(byKind.get("ZOMBIE_SHARE [RUT]").value()).isCloseTo(20.0, within(1e-9));
        assertThat(byKind.get("SERIES_CHANGE [BAMLH0A0HYM2]").value()).isCloseTo(-27, within(1e-6));
        assertThat(byKind.get("SCHEDULED_RELEASE []").end()).isEqualTo(LocalDate.of(2026, 1, 29));
    }

    @Test
    void every_number_points_to_a_fact_of_the_note() {
        List<NoteFact> used = note.sections().stream().flatMap(s -> s.sentences().stream())
                .flatMap(t -> t.parts().stream()).filter(p -> p instanceof Text.Number)
                .map(p -> ((Text.Number) p).fact()).toList();
        assertThat(used).isNotEmpty();
        assertThat(note.facts()).containsAll(used);
        assertThat(note.facts()).extracting(NoteFact::id).doesNotHaveDuplicates().allMatch(id -> id.matches("f\\d+"));
        assertThat(note.facts()).allMatch(f -> f.source().contains("simulated"));
    }

    @Test
    void the_note_checks_out_in_markdown_and_html() throws IOException {
        ClaimChecker checker = new ClaimChecker(DemoStore.data(), ClaimChecker.DEFAULT_SESSION_WINDOW);
        for (NoteFiles.Format format : List.of(NoteFiles.Format.MD, NoteFiles.Format.HTML)) {
            Path file = dir.resolve("checked." + format.name().toLowerCase());
            NoteFiles.write(note, file, format);
            CheckReport report = checker.check(Files.readString(file), file.getFileName().toString(), AS_OF);
            assertThat(report.claims()).as(format + ": " + report.claims().stream().filter(c -> !c.verdict().equals(
                    Claim.VERIFIED)).map(Claim::explanation).toList()).allMatch(c -> c.verdict().equals(
                            Claim.VERIFIED));
            assertThat(report.summary().verified()).isGreaterThan(40);
        }
    }

    @Test
    void markdown_footnotes_every_number_and_writes_charts_and_facts_beside_it() throws IOException {
        NoteFiles.Written written = NoteFiles.write(note, dir.resolve("note.md"), NoteFiles.Format.MD);
        String md = Files.readString(written.note());
        assertThat(md).contains("| Russell 2000 | 2,310.45[^f1] | 2,512.18[^f2] | +8.73%[^f3] |")
                .contains("![").contains("note-charts/price.svg").contains("*Simulated data");
        for (NoteFact fact : note.facts()) {
            assertThat(md).contains("[^" + fact.id() + "]: " + fact.printed() + ": " + fact.kind());
        }
        JsonNode facts = new ObjectMapper().readTree(written.facts().toFile());
        assertThat(facts.get("facts")).hasSize(note.facts().size());
        assertThat(facts.get("facts").get(0).get("printed").asText()).isEqualTo("2,310.45");
        assertThat(facts.get("as_of").asText()).isEqualTo("2026-01-22");
        assertThat(written.charts()).extracting(p -> p.getFileName().toString()).contains("price.svg", "price.png",
                "relative.svg", "sectors.svg", "concentration.png");
    }

    @Test
    void html_links_every_number_to_its_provenance_and_embeds_the_charts() throws IOException {
        NoteFiles.Written written = NoteFiles.write(note, dir.resolve("note.html"), NoteFiles.Format.HTML);
        String html = Files.readString(written.note());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<a class=\"fact\" href=\"#f3\"")
                .contains("<li id=\"f3\">").contains("<svg").contains("Simulated data");
        assertThat(html.split("<svg", -1)).hasSize(note.charts().size() + 1);
    }

    @Test
    void the_price_chart_draws_the_resistance_and_the_break() throws IOException {
        MarketNote.Chart price = note.charts().stream().filter(c -> c.id().equals("price")).findFirst().orElseThrow();
        assertThat(price.svg()).contains("resistance 2,450.00").contains("break 12:30");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(price.png()));
        assertThat(image.getWidth()).isEqualTo(760);
        assertThat(image.getHeight()).isEqualTo(360);
        assertThat(countPixels(image, 0xC0392B)).as("pixels of the level's red line").isGreaterThan(400);
        assertThat(countPixels(image, 0x1F77B4)).as("pixels of the break's blue line").isGreaterThan(150);
        for (MarketNote.Chart chart : note.charts()) {
            assertThat(chart.png().length).as(chart.id()).isGreaterThan(5_000);
            assertThat(chart.svg()).as(chart.id()).startsWith("<?xml").contains("<svg").hasSizeGreaterThan(5_000);
        }
    }

    @Test
    void the_pdf_keeps_table_cells_whole_and_no_heading_alone_at_the_foot_of_a_page() throws IOException {
        NoteFiles.Written written = NoteFiles.write(note, dir.resolve("layout.pdf"), NoteFiles.Format.PDF);
        List<String> titles = note.sections().stream().map(MarketNote.Section::title).toList();
        try (PDDocument pdf = Loader.loadPDF(written.note().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty())
                        .toList();
                assertThat(lines).as("page " + page).isNotEmpty();
                assertThat(titles).as("the last line of page " + page).doesNotContain(lines.get(lines.size() - 1));
                all.append(String.join("\n", lines)).append('\n');
            }
            for (MarketNote.PerfRow row : note.table().rows()) {
                assertThat(all.toString()).as("a change cell on one line").contains(row.change().plain());
            }
        }
    }

    @Test
    void pdf_is_a_rendered_document() throws IOException {
        NoteFiles.Written written = NoteFiles.write(note, dir.resolve("note.pdf"), NoteFiles.Format.PDF);
        byte[] pdf = Files.readAllBytes(written.note());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(50_000); // the text and four PNG charts
    }

    private static NoteFact fact(Text text) {
        return ((Text.Number) text.parts().get(0)).fact();
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
