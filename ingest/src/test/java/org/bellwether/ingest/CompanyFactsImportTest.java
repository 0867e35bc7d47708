package org.bellwether.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.store.StoreQueries;
import org.junit.jupiter.api.Test;

/**
 * SEC EDGAR companyfacts files (the layout of data.sec.gov/api/xbrl/companyfacts/CIK##########.json, written by hand
 * here: no network at test time): fiscal years, a restatement, and the trailing twelve months after the last year.
 */
class CompanyFactsImportTest extends ImportTestBase {

    private static final String FACTS = """
            {"cik": 1234567, "entityName": "Example Industries Inc.", "facts": {
              "dei": {"EntityCommonStockSharesOutstanding": {"units": {"shares": [
                {"end": "2024-10-18", "val": 1000, "form": "10-K", "filed": "2024-11-01"}]}}},
              "us-gaap": {
                "OperatingIncomeLoss": {"units": {"USD": [
                  {"start": "2022-10-01", "end": "2023-09-30", "val": 100, "fy": 2023, "fp": "FY", "form": "10-K", "filed": "2023-11-03"},
                  {"start": "2022-10-01", "end": "2023-09-30", "val": 105, "fy": 2024, "fp": "FY", "form": "10-K", "filed": "2024-11-01"},
                  {"start": "2023-10-01", "end": "2024-09-30", "val": 120, "fy": 2024, "fp": "FY", "form": "10-K", "filed": "2024-11-01"},
                  {"start": "2023-10-01", "end": "2023-12-30", "val": 30, "fy": 2024, "fp": "Q1", "form": "10-Q", "filed": "2024-02-02"},
                  {"start": "2024-10-01", "end": "2024-12-28", "val": 40, "fy": 2025, "fp": "Q1", "form": "10-Q", "filed": "2025-01-31"}]}},
                "InterestExpense": {"units": {"USD": [
                  {"start": "2022-10-01", "end": "2023-09-30", "val": 10, "form": "10-K", "filed": "2023-11-03"},
                  {"start": "2023-10-01", "end": "2024-09-30", "val": 12, "form": "10-K", "filed": "2024-11-01"},
                  {"start": "2023-10-01", "end": "2023-12-30", "val": 3, "form": "10-Q", "filed": "2024-02-02"},
                  {"start": "2024-10-01", "end": "2024-12-28", "val": 4, "form": "10-Q", "filed": "2025-01-31"}]}},
                "DepreciationDepletionAndAmortization": {"units": {"USD": [
                  {"start": "2023-10-01", "end": "2024-09-30", "val": 20, "form": "10-K", "filed": "2024-11-01"}]}},
                "LongTermDebt": {"units": {"USD": [
                  {"end": "2023-09-30", "val": 500, "form": "10-K", "filed": "2023-11-03"},
                  {"end": "2024-09-30", "val": 550, "form": "10-K", "filed": "2024-11-01"},
                  {"end": "2024-12-28", "val": 560, "form": "10-Q", "filed": "2025-01-31"}]}},
                "CashAndCashEquivalentsAtCarryingValue": {"units": {"USD": [
                  {"end": "2024-09-30", "val": 80, "form": "10-K", "filed": "2024-11-01"}]}}
              }}}
            """;

    @Test
    void fiscal_years_with_restatements_and_the_trailing_twelve_months() throws IOException {
        Path file = Files.writeString(dir.resolve("CIK0001234567.json"), FACTS);
        ImportReport report = imports.fundamentals(file, "EXMP");
        assertThat(report.inserted()).isEqualTo(3);
        assertThat(StoreQueries.rows(store, "SELECT period_end, fiscal_months, ebit, ebitda, interest_expense, "
                + "total_debt, cash, shares_outstanding FROM fundamentals ORDER BY period_end")).containsExactly(
                "2023-09-30|12|105.0|null|10.0|500.0|null|null", // restated 100 -> 105 by the later 10-K
                "2024-09-30|12|120.0|140.0|12.0|550.0|80.0|1000.0",
                "2024-12-28|12|130.0|null|13.0|560.0|null|1000.0"); // TTM: 120 + 40 - 30 and 12 + 4 - 3
        assertThat(StoreQueries.rows(store, "SELECT period_end, filed FROM fundamentals ORDER BY period_end"))
                .as("the day each period was first filed, not its restatement's").containsExactly(
                        "2023-09-30|2023-11-03", "2024-09-30|2024-11-01", "2024-12-28|2025-01-31");
        assertThat(StoreQueries.rows(store, "SELECT DISTINCT symbol, source FROM fundamentals")).containsExactly(
                "EXMP|SEC EDGAR companyfacts, CIK 1234567 (Example Industries Inc.)");
        assertThat(imports.fundamentals(file, "EXMP").unchanged()).as("idempotent").isEqualTo(3);
    }

    @Test
    void a_filer_switching_interest_tags_keeps_its_interest_and_a_ttm_needs_both_flows() throws IOException {
        Path file = Files.writeString(dir.resolve("SWITCH.json"), """
                {"cik": 2, "entityName": "Switch Co", "facts": {"us-gaap": {
                  "OperatingIncomeLoss": {"units": {"USD": [
                    {"start": "2023-01-01", "end": "2023-12-31", "val": 50, "form": "10-K", "filed": "2024-02-01"},
                    {"start": "2024-01-01", "end": "2024-12-31", "val": 60, "form": "10-K", "filed": "2025-02-01"},
                    {"start": "2024-01-01", "end": "2024-03-31", "val": 10, "form": "10-Q", "filed": "2024-05-01"},
                    {"start": "2025-01-01", "end": "2025-03-31", "val": 20, "form": "10-Q", "filed": "2025-05-01"}]}},
                  "InterestExpense": {"units": {"USD": [
                    {"start": "2023-01-01", "end": "2023-12-31", "val": 80, "form": "10-K", "filed": "2024-02-01"}]}},
                  "InterestExpenseNonoperating": {"units": {"USD": [
                    {"start": "2024-01-01", "end": "2024-12-31", "val": 90, "form": "10-K", "filed": "2025-02-01"}]}}}}}
                """);
        imports.fundamentals(file);
        assertThat(StoreQueries.rows(store, "SELECT period_end, ebit, interest_expense FROM fundamentals ORDER BY 1"))
                .as("no quarterly interest: no TTM row that would read as 'no interest'")
                .containsExactly("2023-12-31|50.0|80.0", "2024-12-31|60.0|90.0");
    }

    @Test
    void the_symbol_comes_from_the_file_name_unless_it_is_edgar_s_own() throws IOException {
        assertThat(imports.fundamentals(Files.writeString(dir.resolve("EXMP.json"), FACTS)).inserted()).isEqualTo(3);
        Path cik = Files.writeString(dir.resolve("CIK0001234567.json"), FACTS);
        assertThatThrownBy(() -> imports.fundamentals(cik)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("name it with --symbol");
    }

    @Test
    void a_file_without_us_gaap_facts_or_without_ebit_is_refused() throws IOException {
        Path empty = Files.writeString(dir.resolve("EMPTY.json"), "{\"cik\": 1, \"facts\": {\"dei\": {}}}");
        assertThatThrownBy(() -> imports.fundamentals(empty)).hasMessageContaining("has no facts.us-gaap object");
        Path noEbit = Files.writeString(dir.resolve("NOEBIT.json"),
                "{\"cik\": 1, \"facts\": {\"us-gaap\": {\"InterestExpense\": {\"units\": {\"USD\": []}}}}}");
        assertThatThrownBy(() -> imports.fundamentals(noEbit)).hasMessageContaining("holds no annual OperatingIncomeLoss");
        assertThat(StoreQueries.count(store, "fundamentals")).isZero();
    }
}
