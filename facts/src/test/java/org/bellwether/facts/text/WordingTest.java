package org.bellwether.facts.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How facts are worded: nouns that agree with their number, ordinals as the wires print them, verbs by series. */
class WordingTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1     | basis point
        1.0   | basis points
        0     | basis points
        2     | basis points
        1,050 | basis points
        21    | basis points
        """)
    void a_noun_agrees_with_the_number_printed(String printed, String noun) {
        assertThat(Wording.agreeing(printed, "basis point", "basis points")).isEqualTo(noun);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        1  | first
        7  | seventh
        9  | ninth
        10 | 10th
        14 | 14th
        21 | 21st
        39 | 39th
        """)
    void ordinals_are_words_up_to_ninth_and_figures_above(long n, String ordinal) {
        assertThat(Wording.ordinal(n)).isEqualTo(ordinal);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        DGS10        | 12  | rose
        DGS10        | -12 | fell
        BAMLH0A0HYM2 | 26  | widened
        BAMLC0A0CM   | -6  | tightened
        T10Y2Y       | 5   | steepened
        T10Y3M       | -4  | flattened
        T10YIE       | 3   | rose
        DGS2         | 0   | was unchanged at
        """)
    void yields_rise_spreads_widen_and_curves_steepen(String series, double changeBp, String verb) {
        assertThat(Wording.rateVerb(changeBp, series)).isEqualTo(verb);
    }
}
