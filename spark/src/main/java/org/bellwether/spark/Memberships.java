package org.bellwether.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.bellwether.core.model.Member;

/**
 * The point-in-time membership of one index, read from a dataset's {@code members} table on the driver (it is
 * small) and shipped to every task: which symbols were members on a date, with their weight or shares, in the
 * embedded store's order (by member symbol).
 */
final class Memberships implements Serializable {

    /** A membership spell: epoch days from and to (inclusive; to {@code Integer.MAX_VALUE} while it lasts). */
    record Spell(String symbol, int from, int to, double weight, double shares) implements Serializable {
        boolean on(int day) {
            return from <= day && day <= to;
        }

        /** The spell as the store's member of a date. */
        Member member() {
            return new Member(symbol, weight, shares);
        }
    }

    private final String index;
    private final Map<String, List<Spell>> bySymbol = new LinkedHashMap<>();

    private Memberships(String index, List<Spell> spells) {
        this.index = index;
        spells.forEach(spell -> bySymbol.computeIfAbsent(spell.symbol(), s -> new ArrayList<>()).add(spell));
    }

    /** The memberships of {@code index} in {@code DIR/members}, or a bad-input error when it has none. */
    static Memberships read(SparkSession spark, String dataset, String index) {
        List<Spell> spells = new ArrayList<>();
        for (Row row : PerSymbol.table(spark, dataset, "members").filter(col("index_symbol").equalTo(index))
                .select("member_symbol", "from_date", "to_date", "weight", "shares").collectAsList()) {
            spells.add(new Spell(row.getString(0), day(row.get(1)), row.isNullAt(2) ? Integer.MAX_VALUE
                    : day(row.get(2)), SymbolBars.orNaN(row, 3), SymbolBars.orNaN(row, 4)));
        }
        if (spells.isEmpty()) {
            throw new IllegalArgumentException("the dataset " + dataset + " has no members of " + index);
        }
        spells.sort(Comparator.comparing(Spell::symbol).thenComparingInt(Spell::from));
        return new Memberships(index, spells);
    }

    private static int day(Object value) {
        return (int) PerSymbol.localDate(value).toEpochDay();
    }

    /** The index. */
    String index() {
        return index;
    }

    /** Every symbol that was ever a member. */
    Set<String> symbols() {
        return bySymbol.keySet();
    }

    /** The members on {@code date}, as the store's {@code members(index, date)} lists them (by symbol, then start). */
    List<Member> on(LocalDate date) {
        List<Member> members = new ArrayList<>();
        bySymbol.keySet().forEach(symbol -> of(symbol, date).forEach(spell -> members.add(spell.member())));
        return members;
    }

    /** {@code symbol}'s spells on {@code date}: none, one, or one per overlapping spell, by start. */
    List<Spell> of(String symbol, LocalDate date) {
        List<Spell> spells = new ArrayList<>();
        for (Spell spell : bySymbol.getOrDefault(symbol, List.of())) {
            if (spell.on((int) date.toEpochDay())) {
                spells.add(spell);
            }
        }
        return spells;
    }
}
