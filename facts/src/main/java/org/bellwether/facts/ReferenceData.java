package org.bellwether.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.model.Found;
import org.bellwether.core.model.InstrumentName;
import org.bellwether.core.model.Member;
import org.bellwether.core.model.Membership;

/** What the store knows of its instruments: names, kinds, sectors, founding and inception, index memberships. */
public final class ReferenceData {

    private final MarketData data;

    ReferenceData(MarketData data) {
        this.data = data;
    }

    /**
     * The members of {@code index} on {@code date} (point in time: from ≤ date ≤ to, an empty to still a member), by
     * symbol (overlapping spells of one symbol by their start).
     */
    public Found<List<Member>> members(String index, LocalDate date) {
        List<Member> members = new ArrayList<>();
        data.query("members", "SELECT member_symbol, weight, shares FROM members WHERE index_symbol = ? AND from_date <= ? "
                + "AND (to_date IS NULL OR to_date >= ?) ORDER BY member_symbol, from_date", List.of(index, date, date),
                rows -> members.add(new Member(rows.getString(1), MarketData.orNaN(rows, 2), MarketData.orNaN(rows, 3))));
        return members.isEmpty() ? Found.none("the store " + data.store().file() + " has no members of " + index
                + " on " + date + " (import them with bellwether import members)") : Found.of(members);
    }

    /** Every membership of {@code index} overlapping {@code [from, to]}, in one read. */
    public Found<List<Membership>> memberships(String index, LocalDate from, LocalDate to) {
        List<Membership> found = new ArrayList<>();
        data.query("members", "SELECT member_symbol, from_date, to_date, weight, shares FROM members WHERE index_symbol = ? "
                + "AND from_date <= ? AND (to_date IS NULL OR to_date >= ?) ORDER BY member_symbol, from_date",
                List.of(index, to, from), rows -> found.add(new Membership(rows.getString(1),
                        rows.getObject(2, LocalDate.class), rows.getObject(3, LocalDate.class), MarketData.orNaN(rows, 4),
                        MarketData.orNaN(rows, 5))));
        return found.isEmpty() ? Found.none("the store " + data.store().file() + " has no members of " + index
                + " from " + from + " to " + to + " (import them with bellwether import members)") : Found.of(found);
    }

    /** The GICS sector of each instrument that has one. */
    public Map<String, String> sectors() {
        Map<String, String> sectors = new LinkedHashMap<>();
        data.query("instruments", "SELECT symbol, sector FROM instruments WHERE sector IS NOT NULL", List.of(),
                rows -> sectors.put(rows.getString(1), rows.getString(2)));
        return sectors;
    }

    /** The names of every instrument in the store, by symbol. */
    public List<InstrumentName> instrumentNames() {
        List<InstrumentName> names = new ArrayList<>();
        data.query("instruments", "SELECT symbol, name, kind, coalesce(array_to_string(aliases, '\u001f'), '') FROM "
                + "instruments ORDER BY symbol", List.of(), rows -> names.add(new InstrumentName(rows.getString(1),
                        rows.getString(2), rows.getString(3), MarketData.split(rows.getString(4)))));
        return names;
    }

    /** The founding year of each instrument that has one. */
    public Map<String, Integer> foundingYears() {
        Map<String, Integer> years = new LinkedHashMap<>();
        data.query("instruments", "SELECT symbol, founded FROM instruments WHERE founded IS NOT NULL", List.of(),
                rows -> years.put(rows.getString(1), rows.getInt(2)));
        return years;
    }

    /** The inception date of {@code symbol} from the instruments table, when known. */
    public Optional<LocalDate> inception(String symbol) {
        List<LocalDate> found = new ArrayList<>();
        data.query("instruments", "SELECT inception FROM instruments WHERE symbol = ? AND inception IS NOT NULL",
                List.of(symbol), rows -> found.add(rows.getObject(1, LocalDate.class)));
        return found.stream().findFirst();
    }
}
