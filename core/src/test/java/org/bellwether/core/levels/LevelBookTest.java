package org.bellwether.core.levels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The incremental level book equals clustering every swing again from scratch, after each swing. */
class LevelBookTest {

    @Property(tries = 300)
    void adding_swings_one_at_a_time_equals_clustering_them_all(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 400) int swings, @ForAll @IntRange(min = 1, max = 30) int tolerancePerMille,
            @ForAll @IntRange(min = 2, max = 200) int distinctPrices) {
        SplittableRandom random = new SplittableRandom(seed);
        double tolerance = tolerancePerMille / 1000.0;
        double[] prices = new double[swings];
        LevelBook book = new LevelBook(tolerance);
        List<Double> broken = new ArrayList<>();
        for (int bar = 0; bar < swings; bar++) {
            prices[bar] = 100 + random.nextInt(distinctPrices) * 0.05; // ties and near-ties are common
            book.addSwing(bar, prices[bar]);
            if (random.nextInt(20) == 0) {
                double price = 100 + random.nextInt(distinctPrices) * 0.05;
                broken.add(price);
                book.broke(price);
            }
            List<Level> expected = Levels.clusterByPrice(byPrice(prices, bar + 1), bar + 1, prices, tolerance, true);
            assertThat(levels(book)).isEqualTo(expected);
            for (int j = 0; j < book.count(); j++) {
                assertThat(book.nearBroken(j)).isEqualTo(Breakouts.isBroken(broken, book.price(j), tolerance));
            }
        }
    }

    @Test
    void a_swing_below_every_other_and_one_between_two_levels_regroup_the_levels() {
        LevelBook book = new LevelBook(0.01);
        book.addSwing(0, 100);
        book.addSwing(1, 103);
        assertThat(levels(book)).extracting(Level::price).containsExactly(100.0, 103.0);
        book.addSwing(2, 102.5); // joins 103: 102.5 × 1.01 = 103.525
        assertThat(levels(book)).extracting(Level::touches).containsExactly(1, 2);
        book.addSwing(3, 99.5); // the lowest now: 100 joins it (99.5 × 1.01 = 100.495)
        assertThat(levels(book)).extracting(Level::price).containsExactly(99.75, 102.75);
        assertThat(levels(book)).extracting(Level::firstTouch).containsExactly(0, 1);
        assertThat(levels(book)).extracting(Level::lastTouch).containsExactly(3, 2);
    }

    /** The first {@code count} bars' indexes ordered by price, ties by bar (a stable sort). */
    private static int[] byPrice(double[] prices, int count) {
        return java.util.stream.IntStream.range(0, count).boxed()
                .sorted((a, b) -> Double.compare(prices[a], prices[b])).mapToInt(Integer::intValue).toArray();
    }

    private static List<Level> levels(LevelBook book) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < book.count(); i++) {
            levels.add(book.level(i, true));
        }
        return levels;
    }
}
