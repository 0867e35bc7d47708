package org.bellwether.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-22T14:30:00Z                       | 2026-01-22T14:30:00Z
            2026-01-22 09:30:00-05:00                  | 2026-01-22T14:30:00Z
            2026-01-22T09:30-0500                      | 2026-01-22T14:30:00Z
            2026-01-22T09:30:00[America/New_York]      | 2026-01-22T14:30:00Z
            2026-07-22T09:30:00[America/New_York]      | 2026-07-22T13:30:00Z
            2026-01-22 09:30:00                        | 2026-01-22T14:30:00Z
            2026-07-22 09:30                           | 2026-07-22T13:30:00Z
            2026-03-09T09:30:00                        | 2026-03-09T13:30:00Z
            """)
    void timestamps_honour_offsets_and_zones_and_read_naive_ones_in_new_york(String raw, String expected)
            throws FieldException {
        assertThat(Fields.instant("timestamp", raw, NEW_YORK)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void a_naive_time_in_the_daylight_saving_gap_does_not_exist() {
        assertThatThrownBy(() -> Fields.instant("timestamp", "2026-03-08 02:30:00", NEW_YORK))
                .isInstanceOf(FieldException.class).hasMessageContaining("daylight-saving gap");
    }

    @Test
    void a_zone_that_does_not_exist_is_named() {
        assertThatThrownBy(() -> Fields.instant("timestamp", "2026-01-22T09:30:00[America/New_Yrok]", NEW_YORK))
                .isInstanceOf(FieldException.class)
                .hasMessageContaining("no time zone is called \"America/New_Yrok\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-01-22, 2026-01-22", "20260122, 2026-01-22", "' 2026-01-22 ', 2026-01-22",
        "1963-07, 1963-07-01", "2026Q1, 2026-01-01", "2025-Q4, 2025-10-01", "1959q3, 1959-07-01"})
    void dates_are_iso_or_compact_and_periods_their_first_day(String raw, LocalDate expected) throws FieldException {
        assertThat(Fields.date("date", raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({"2026-02-30", "31/02/2026", "01/22/26", "2026-1-22", "yesterday", "2026-13", "2026Q5"})
    void impossible_or_foreign_dates_are_refused(String raw) {
        assertThatThrownBy(() -> Fields.date("date", raw)).isInstanceOf(FieldException.class)
                .hasMessageContaining("found \"" + raw + "\"");
    }

    @ParameterizedTest(name = "{0} is refused as a number")
    @CsvSource({"abc", "NaN", "Infinity", "'1,5'", "0x1p3", "''"})
    void numbers_must_be_finite_decimals(String raw) {
        assertThatThrownBy(() -> Fields.number("close", raw)).isInstanceOf(FieldException.class)
                .hasMessageContaining("a finite decimal number");
    }

    @Test
    void volumes_are_not_negative_and_may_be_fractions() throws FieldException {
        assertThat(Fields.volume("volume", "931800000")).isEqualTo(931_800_000.0);
        assertThat(Fields.volume("volume", "9837300.0")).isEqualTo(9_837_300.0);
        assertThat(Fields.volume("volume", "65.3033")).as("ether in five minutes").isEqualTo(65.3033);
        assertThatThrownBy(() -> Fields.volume("volume", "-5")).hasMessageContaining("not negative");
    }

    @Test
    void missing_means_empty_dot_null_or_not_available() {
        assertThat(Fields.isMissing("")).isTrue();
        assertThat(Fields.isMissing(" . ")).isTrue();
        assertThat(Fields.isMissing("null")).isTrue();
        assertThat(Fields.isMissing("NULL")).isTrue();
        assertThat(Fields.isMissing("0")).isFalse();
        assertThat(Fields.isMissing("nothing")).isFalse();
        for (String notAvailable : new String[] {"NA", "na", "N/A", "#N/A", "NaN", " nan "}) {
            assertThat(Fields.isMissing(notAvailable)).as(notAvailable).isTrue();
        }
        assertThat(Fields.isMissing("NAN.X")).isFalse();
        assertThat(Fields.isMissing("#1")).isFalse();
    }

    @Test
    void a_fractional_year_is_refused_with_what_to_export_instead() {
        assertThatThrownBy(() -> Fields.date("time", "1991.496154")).isInstanceOf(FieldException.class)
                .hasMessageContaining("is a fractional year").hasMessageContaining("export the series with its dates");
    }

    @Test
    void plain_numbers_keep_their_text_and_others_get_the_shortest_exact_decimal() {
        String plain = "1455.219971";
        assertThat(Fields.numberText(plain, 1455.219971)).isSameAs(plain);
        assertThat(Fields.numberText("+5", 5.0)).isEqualTo("5.0");
    }
}
