package org.bellwether.core.breadth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Breadth and concentration on real prices: the monthly closes of MSFT, AMZN, IBM, GOOG (from its 2004 listing) and
 * AAPL, 2000-01 to 2010-03, from vega-datasets (data/real/stocks.csv), as a five-member, price-weighted index (one
 * share each); the kernels do not care that the bars are months. Expected values were computed independently with
 * Python 3's csv module from the same file.
 */
class RealStocksBreadthTest {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH);
    private static final Map<String, TreeMap<LocalDate, Double>> CLOSES = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../data/real/stocks.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            CLOSES.computeIfAbsent(f[0], symbol -> new TreeMap<>()).put(LocalDate.parse(f[1], MONTH),
                    Double.parseDouble(f[2]));
        }
    }

    private static double[] closesUpTo(String symbol, LocalDate date) {
        return CLOSES.get(symbol).headMap(date, true).values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void in_march_2010_all_five_are_above_their_50_month_average_and_four_advanced() {
        LocalDate march = LocalDate.of(2010, 3, 1);
        int above = 0;
        int advancers = 0;
        int decliners = 0;
        for (String symbol : CLOSES.keySet()) {
            double[] closes = closesUpTo(symbol, march);
            MemberState state = MemberState.of(closes, closes.length - 1);
            above += Boolean.TRUE.equals(state.aboveSma50()) ? 1 : 0;
            advancers += state.change() > 0 ? 1 : 0;
            decliners += state.change() < 0 ? 1 : 0;
            assertThat(state.newHigh()).as("%s: 123 months are fewer than 253", symbol).isNull();
        }
        assertThat(above).as("e.g. GOOG 560.19 against a 50-month average of 472.2296").isEqualTo(5);
        assertThat(advancers).isEqualTo(4);
        assertThat(decliners).as("IBM 127.16 -> 125.55").isEqualTo(1);
        double[] goog = closesUpTo("GOOG", march);
        assertThat(goog).as("GOOG from its listing in August 2004").hasSize(68);
    }

    @Test
    void price_weighted_concentration_and_cap_minus_equal_weighted_return_over_the_year_to_march_2010() {
        LocalDate start = LocalDate.of(2009, 3, 1);
        LocalDate end = LocalDate.of(2010, 3, 1);
        List<Double> startPrices = new ArrayList<>();
        List<Double> endPrices = new ArrayList<>();
        CLOSES.values().forEach(closes -> {
            startPrices.add(closes.get(start));
            endPrices.add(closes.get(end));
        });
        double[] weightsAtEnd = Concentration.normalise(endPrices.stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(Concentration.topWeight(weightsAtEnd, 1)).as("GOOG").isCloseTo(0.5253193045631014, within(1e-12));
        assertThat(Concentration.herfindahl(weightsAtEnd)).isCloseTo(0.3488826479160668, within(1e-12));
        assertThat(Concentration.effectiveNumber(weightsAtEnd)).isCloseTo(2.8662933108687514, within(1e-12));
        double[] weightsAtStart = Concentration.normalise(startPrices.stream().mapToDouble(Double::doubleValue)
                .toArray());
        double[] returns = new double[startPrices.size()];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = endPrices.get(i) / startPrices.get(i) - 1;
        }
        assertThat(Concentration.weightedReturn(weightsAtStart, returns)).isCloseTo(0.6670001563232767, within(1e-12));
        assertThat(Concentration.equalWeightedReturn(returns)).isCloseTo(0.6812683377049841, within(1e-12));
    }
}
