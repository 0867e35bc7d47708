package org.bellwether.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.bellwether.report.DemoStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference story (shipped as a resource), checked against the demo store as of 2026-01-22, end to end. */
class ReferenceStoryTest {

    static CheckReport report;

    @BeforeAll
    static void check() throws IOException {
        String story;
        try (InputStream in = ClaimChecker.class.getResourceAsStream("/org/bellwether/report/small-cap-fever.txt")) {
            story = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        report = new ClaimChecker(DemoStore.data(), ClaimChecker.DEFAULT_SESSION_WINDOW).check(story,
                "small-cap-fever.txt", LocalDate.of(2026, 1, 22));
    }

    private static Claim only(String kind, String textPart) {
        List<Claim> found = report.claims().stream()
                .filter(c -> c.kind().equals(kind) && c.text().contains(textPart)).toList();
        assertThat(found).as(kind + " in \"" + textPart + "\"").hasSize(1);
        return found.get(0);
    }

    @Test
    void the_seventh_record_high_of_the_year_is_verified() {
        Claim claim = only("record_count", "seventh record high");
        assertThat(claim.verdict()).isEqualTo(Claim.VERIFIED);
        assertThat(claim.computed()).isEqualTo(7.0);
        assertThat(claim.explanation()).contains("2026-01-22").contains("history from 2024-01-02");
    }

    @Test
    void the_two_percent_session_is_verified_and_names_the_session() {
        Claim claim = only("session_move", "jumped 2 percent in a single session");
        assertThat(claim.verdict()).isEqualTo(Claim.VERIFIED);
        assertThat(claim.computed()).isCloseTo(2.0, within(1e-9));
        assertThat(claim.explanation()).contains("on 2026-01-21");
        assertThat(only("session_move", "the 2 percent jump").verdict()).isEqualTo(Claim.VERIFIED);
    }

    @Test
    void nearly_400_basis_points_is_contradicted_by_638() {
        Claim claim = only("relative_performance", "nearly 400 basis points");
        assertThat(claim.verdict()).isEqualTo(Claim.CONTRADICTED);
        assertThat(claim.stated()).isEqualTo(400.0);
        assertThat(claim.computed()).isCloseTo((2512.18 / 2310.45 - 6120.45 / 5980.12) * 10_000, within(1e-6));
        assertThat(claim.explanation()).contains("+638 bp").contains("360 to 400").contains("2025-12-31");
    }

    @Test
    void the_table_is_verified_cell_by_cell_and_against_itself() {
        List<Claim> table = report.claims().stream().filter(c -> c.kind().startsWith("table_")).toList();
        assertThat(table).hasSize(12).allMatch(c -> c.verdict().equals(Claim.VERIFIED));
        assertThat(table).extracting(Claim::stated).containsExactly(2310.45, 2512.18, 8.73, 8.73, 5980.12, 6120.45,
                2.35, 2.35, 21100.30, 21350.12, 1.18, 1.18);
    }

    @Test
    void the_factor_of_seven_is_verified_over_the_tables_period() {
        Claim claim = only("factor", "factor of seven");
        assertThat(claim.verdict()).isEqualTo(Claim.VERIFIED);
        assertThat(claim.computed()).isCloseTo((2512.18 / 2310.45 - 1) / (21350.12 / 21100.30 - 1), within(1e-9));
    }

    @Test
    void the_2450_resistance_held_three_hours_before_the_break() {
        assertThat(only("level", "2,450 mark").verdict()).isEqualTo(Claim.VERIFIED);
        Claim held = only("breakout_held", "three hours");
        assertThat(held.verdict()).isEqualTo(Claim.VERIFIED);
        assertThat(held.computed()).isEqualTo(3.0);
        assertThat(held.explanation()).contains("12:30").contains("180 minutes").contains("volume-confirmed");
    }

    @Test
    void the_zombie_share_of_roughly_20_percent_is_verified() {
        Claim claim = only("zombie_share", "Roughly 20 percent");
        assertThat(claim.verdict()).isEqualTo(Claim.VERIFIED);
        assertThat(claim.computed()).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void regional_banks_tick_for_tick_spreads_tightening_and_the_gdp_release_are_verified() {
        assertThat(only("intraday_correlation", "tick-for-tick").verdict()).isEqualTo(Claim.VERIFIED);
        assertThat(only("macro_change", "Credit spreads are tightening").verdict()).isEqualTo(Claim.VERIFIED);
        assertThat(only("scheduled_release", "January 29").verdict()).isEqualTo(Claim.VERIFIED);
    }

    @Test
    void the_forecast_and_the_tariff_rate_are_unverifiable_and_the_magnificent_7_is_no_claim() {
        assertThat(only("level", "2,600").verdict()).isEqualTo(Claim.UNVERIFIABLE);
        assertThat(only("unmapped", "25 percent duties").verdict()).isEqualTo(Claim.UNVERIFIABLE);
        assertThat(report.claims()).noneMatch(c -> c.text().contains("Magnificent"));
        assertThat(report.summary()).isEqualTo(new CheckReport.Summary(22, 1, 2));
    }
}
