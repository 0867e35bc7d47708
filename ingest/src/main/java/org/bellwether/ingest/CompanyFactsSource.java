package org.bellwether.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeMap;

/**
 * An SEC EDGAR "companyfacts" JSON file (the XBRL API's {@code CIK##########.json}) read as fundamentals rows: one per
 * fiscal year from the 10-K facts, plus a trailing-twelve-month row at the latest 10-Q after the last fiscal year
 * (TTM = the fiscal year + this year's year-to-date − the year-to-date a year earlier). Flows: EBIT from
 * {@code OperatingIncomeLoss}, interest from {@code InterestExpense} (or {@code InterestExpenseNonoperating},
 * {@code InterestExpenseDebt}), EBITDA as EBIT plus {@code DepreciationDepletionAndAmortization} where both exist.
 * Instants at the period end: debt from {@code LongTermDebt} (or {@code LongTermDebtNoncurrent} +
 * {@code LongTermDebtCurrent}), cash from {@code CashAndCashEquivalentsAtCarryingValue}, shares from
 * {@code dei:EntityCommonStockSharesOutstanding}. A fact reported in several filings counts once, from the latest.
 */
final class CompanyFactsSource extends RecordSource {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> HEADER = List.of("symbol", "period_end", "fiscal_months", "ebit", "ebitda",
            "interest_expense", "total_debt", "cash", "shares_outstanding", "source", "filed");

    private final List<String[]> rows = new ArrayList<>();
    private int index = -1;

    /** Whether {@code json} is a companyfacts document (an object with {@code cik} and {@code facts}). */
    static boolean isCompanyFacts(Path file) {
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            JsonNode root = MAPPER.readTree(parser);
            return root.has("cik") && root.has("facts");
        } catch (IOException e) {
            return false;
        }
    }

    CompanyFactsSource(Path file, String name, String symbol) {
        super(name);
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw JsonRecordSource.invalidJson(name, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
        JsonNode gaap = root.path("facts").path("us-gaap");
        if (!gaap.isObject()) {
            throw new BadInputException(name, "has no facts.us-gaap object; expected an SEC EDGAR companyfacts file");
        }
        String source = "SEC EDGAR companyfacts, CIK " + root.path("cik").asText() + " ("
                + root.path("entityName").asText("") + ")";
        try {
            List<Flow> ebitFlows = flows(name, gaap, "OperatingIncomeLoss");
            Map<LocalDate, Double> ebit = annualAndTtm(ebitFlows);
            Set<LocalDate> annualEbit = ebitFlows.stream().filter(Flow::isAnnual).map(Flow::end)
                    .collect(Collectors.toSet());
            Map<LocalDate, Double> interest = annualAndTtm(flows(name, gaap, "InterestExpense", "InterestExpenseNonoperating",
                    "InterestExpenseDebt"));
            Map<LocalDate, Double> amortisation = annualAndTtm(flows(name, gaap, "DepreciationDepletionAndAmortization"));
            Map<LocalDate, Double> debt = instants(gaap, "LongTermDebt");
            if (debt.isEmpty()) {
                debt = sum(instants(gaap, "LongTermDebtNoncurrent"), instants(gaap, "LongTermDebtCurrent"));
            }
            Map<LocalDate, Double> cash = instants(gaap, "CashAndCashEquivalentsAtCarryingValue");
            Map<LocalDate, Double> shares = instants(root.path("facts").path("dei"), "EntityCommonStockSharesOutstanding");
            Map<LocalDate, LocalDate> firstFiled = firstFiled(gaap.path("OperatingIncomeLoss"));
            for (LocalDate end : ebit.keySet()) {
                if (!annualEbit.contains(end) && !interest.containsKey(end)) {
                    continue; // a trailing twelve months needs both flows, or coverage would read as "no interest"
                }
                rows.add(new String[] {symbol, end.toString(), "12", text(ebit.get(end)),
                    amortisation.containsKey(end) ? text(ebit.get(end) + amortisation.get(end)) : null,
                    text(interest.get(end)), text(debt.get(end)), text(cash.get(end)), text(nearest(shares, end)), source,
                    firstFiled.containsKey(end) ? firstFiled.get(end).toString() : null});
            }
        } catch (DateTimeParseException e) { // found by fuzzing: "20r4-11-01" as a filing date
            throw new BadInputException(name, "has a fact dated '" + e.getParsedString() + "', which is not an ISO date "
                    + "(YYYY-MM-DD)");
        }
        if (rows.isEmpty()) {
            throw new BadInputException(name, "holds no annual OperatingIncomeLoss (EBIT) in USD: nothing to import");
        }
        header(HEADER);
    }

    /** A duration fact: what it measures, from when to when, reported in which filing when. */
    private record Flow(LocalDate start, LocalDate end, double value, String form, LocalDate filed) {
        long days() {
            return ChronoUnit.DAYS.between(start, end);
        }

        boolean isYear() {
            return days() >= 350 && days() <= 380;
        }

        /** A fiscal year from an annual report. */
        boolean isAnnual() {
            return isYear() && form().startsWith("10-K");
        }
    }

    /**
     * The USD duration facts of {@code concepts}, merged period by period (a filer may switch tags between years: the
     * first concept that reports a period gives it), the latest filing's value for each period.
     */
    private static List<Flow> flows(String name, JsonNode gaap, String... concepts) {
        Map<String, Flow> byPeriod = new TreeMap<>();
        for (String concept : concepts) {
            JsonNode facts = gaap.path(concept).path("units").path("USD");
            Map<String, Flow> thisConcept = new TreeMap<>();
            for (JsonNode fact : facts) {
                if (!fact.hasNonNull("start") || !fact.hasNonNull("end") || !fact.path("val").isNumber()) {
                    throw new BadInputException(name, "a " + concept + " fact lacks start, end or a numeric val: "
                            + fact);
                }
                Flow flow = new Flow(LocalDate.parse(fact.get("start").asText()), LocalDate.parse(fact.get("end")
                        .asText()), fact.get("val").asDouble(), fact.path("form").asText(""),
                        LocalDate.parse(fact.path("filed").asText("1900-01-01")));
                thisConcept.merge(flow.start() + "/" + flow.end(), flow,
                        (a, b) -> a.filed().isAfter(b.filed()) ? a : b);
            }
            thisConcept.forEach(byPeriod::putIfAbsent);
        }
        return new ArrayList<>(byPeriod.values());
    }

    /**
     * Fiscal-year values by year end (12-month periods from annual reports), and one trailing-twelve-month value at
     * the latest year-to-date period that ends after the last fiscal year, when the year-to-date a year earlier is
     * known.
     */
    private static Map<LocalDate, Double> annualAndTtm(List<Flow> flows) {
        Map<LocalDate, Double> values = new TreeMap<>();
        for (Flow flow : flows) {
            if (flow.isAnnual()) {
                values.put(flow.end(), flow.value());
            }
        }
        flows.stream().filter(Flow::isAnnual)
                .max(Comparator.comparing(Flow::end)).ifPresent(lastYear -> {
                    LocalDate yearStart = lastYear.end().plusDays(1);
                    flows.stream().filter(flow -> !flow.isYear() && flow.start().equals(yearStart))
                            .max(Comparator.comparing(Flow::end)).ifPresent(ytd -> flows.stream()
                                    .filter(flow -> Math.abs(ChronoUnit.DAYS.between(flow.start(), lastYear.start())) <= 7
                                            && Math.abs(flow.days() - ytd.days()) <= 7)
                                    .findFirst()
                                    .ifPresent(before -> values.put(ytd.end(), lastYear.value() + ytd.value()
                                            - before.value())));
                });
        return values;
    }

    /**
     * The first day figures for a period ending on each date were filed (the period's original report; later filings
     * restate it), from the USD facts of {@code concept}: what point-in-time questions count the period from.
     */
    private static Map<LocalDate, LocalDate> firstFiled(JsonNode concept) {
        Map<LocalDate, LocalDate> first = new TreeMap<>();
        for (JsonNode fact : concept.path("units").path("USD")) {
            if (fact.hasNonNull("end") && fact.hasNonNull("filed")) {
                first.merge(LocalDate.parse(fact.get("end").asText()), LocalDate.parse(fact.get("filed").asText()),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    /** The USD (or shares) instant facts of {@code concept} by date, the latest filing's for each date. */
    private static Map<LocalDate, Double> instants(JsonNode facts, String concept) {
        Map<LocalDate, Double> values = new TreeMap<>();
        Map<LocalDate, LocalDate> filed = new TreeMap<>();
        for (JsonNode unit : facts.path(concept).path("units")) {
            for (JsonNode fact : unit) {
                if (fact.hasNonNull("end") && !fact.hasNonNull("start") && fact.path("val").isNumber()) {
                    LocalDate end = LocalDate.parse(fact.get("end").asText());
                    LocalDate when = LocalDate.parse(fact.path("filed").asText("1900-01-01"));
                    if (!filed.containsKey(end) || when.isAfter(filed.get(end))) {
                        values.put(end, fact.get("val").asDouble());
                        filed.put(end, when);
                    }
                }
            }
        }
        return values;
    }

    private static Map<LocalDate, Double> sum(Map<LocalDate, Double> a, Map<LocalDate, Double> b) {
        Map<LocalDate, Double> total = new TreeMap<>();
        a.forEach((date, value) -> {
            if (b.containsKey(date)) {
                total.put(date, value + b.get(date));
            }
        });
        return total;
    }

    /** The value at the latest date within 120 days of {@code end}, either side (cover pages report shares later). */
    private static Double nearest(Map<LocalDate, Double> values, LocalDate end) {
        Double found = null;
        for (Map.Entry<LocalDate, Double> entry : values.entrySet()) {
            long days = ChronoUnit.DAYS.between(entry.getKey(), end);
            if (Math.abs(days) <= 120) {
                found = entry.getValue();
            }
        }
        return found;
    }

    private static String text(Double value) {
        return value == null ? null : java.math.BigDecimal.valueOf(value).toPlainString();
    }

    @Override
    boolean next() {
        return ++index < rows.size();
    }

    @Override
    String recordProblem() {
        return null;
    }

    @Override
    String location() {
        return "period " + rows.get(index)[1];
    }

    @Override
    long line() {
        return index + 1L;
    }

    @Override
    int fieldCount() {
        return HEADER.size();
    }

    @Override
    String field(int i) {
        return rows.get(index)[i];
    }

    @Override
    long position() {
        return index + 1L;
    }

    @Override
    long size() {
        return rows.size();
    }

    @Override
    public void close() {
        // everything was read in the constructor
    }
}
