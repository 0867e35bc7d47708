package org.bellwether.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a note's text becomes paragraphs of sentences, in each format people write notes in. */
class NoteDocumentTest {

    private static List<List<String>> sentences(String content, NoteDocument.Format format) {
        return NoteDocument.read(content, format).blocks().stream()
                .map(block -> ((NoteDocument.Paragraph) block).sentences()).toList();
    }

    @Test
    void markdown_lines_of_one_paragraph_are_one_paragraph() {
        String note = """
                # Stocks extend their rebound

                The S&P 500 slipped 0.2%
                in January 2020. It fell 8.4% in
                February.
                - The Dow fell 1%.
                - The Nasdaq rose 2%.
                > A quote that
                > goes on.
                """;
        assertThat(sentences(note, NoteDocument.Format.MARKDOWN)).containsExactly(
                List.of("Stocks extend their rebound"),
                List.of("The S&P 500 slipped 0.2% in January 2020.", "It fell 8.4% in February."),
                List.of("The Dow fell 1%."),
                List.of("The Nasdaq rose 2%."),
                List.of("A quote that goes on."));
    }

    @Test
    void plain_text_joins_lines_wrapped_mid_sentence_but_not_titles_or_headings() {
        String note = """
                Stocks extend their rebound
                The S&P 500 rose 1.4% on Friday as investors bet that the worst of the
                crisis is over, and the Dow gained 2%.
                On Monday:
                The Russell 2000 fell 1%.
                """;
        assertThat(sentences(note, NoteDocument.Format.TEXT)).containsExactly(
                List.of("Stocks extend their rebound"),
                List.of("The S&P 500 rose 1.4% on Friday as investors bet that the worst of the crisis is over, and the "
                        + "Dow gained 2%."),
                List.of("On Monday:"),
                List.of("The Russell 2000 fell 1%."));
    }

    @Test
    void html_paragraphs_are_read_without_the_provenance() {
        String note = "<html><body><h1>Stocks</h1><p>The Dow fell 1%. It closed at 30,000.</p>"
                + "<p class=\"provenance\">Data: SPX.csv</p></body></html>";
        assertThat(sentences(note, NoteDocument.Format.HTML)).containsExactly(List.of("Stocks"),
                List.of("The Dow fell 1%.", "It closed at 30,000."));
    }
}
