package org.bellwether.facts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.bellwether.core.breadth.Concentration;
import org.bellwether.core.breadth.MemberState;
import org.bellwether.core.calendar.SessionIndex;
import org.bellwether.core.calendar.ToDate;
import org.bellwether.core.model.Member;
import org.bellwether.core.model.Membership;
import org.bellwether.core.model.NoDataException;
import org.bellwether.core.returns.PeriodReturn;
import org.bellwether.core.series.DailySeries;
import org.bellwether.core.series.Freshness;
import org.bellwether.core.model.InvalidRequestException;

/** Breadth and concentration of an index from its point-in-time membership (DESIGN: "Breadth", "Concentration"). */
public final class IndexFacts {

    /** Calendar days of bars read before the as-of date: 252 sessions need about 366. */
    private static final int LOOKBACK_DAYS = 400;

    private final MarketData data;

    /** Index facts from {@code data}. */
    public IndexFacts(MarketData data) {
        this.data = data;
    }

    /** Breadth of {@code index}'s members on {@code asOf}; members without a bar on {@code asOf} count as no data. */
    public Reports.Breadth breadth(String index, LocalDate asOf) {
        Optional<Reports.Breadth> imported = data.results().breadth(index, asOf); // computed elsewhere on a wider universe
        if (imported.isPresent()) {
            return imported.get();
        }
        List<Member> members = data.reference().members(index, asOf).require();
        Map<String, DailySeries> series = data.dailySince(members.stream().map(Member::symbol).toList(),
                breadthReadStart(asOf));
        List<MemberState> states = new ArrayList<>();
        Set<String> withData = new HashSet<>();
        for (Member member : members) {
            DailySeries one = series.get(member.symbol());
            Optional<MemberState> state = one == null ? Optional.empty() : memberState(one, asOf);
            state.ifPresent(found -> {
                states.add(found);
                withData.add(member.symbol());
            });
        }
        return breadth(index, asOf, members.size(), weightWithDataPct(members, withData), states);
    }

    /** The first date of the bars {@link #breadth} reads: its inputs are the bars from then on. */
    public static LocalDate breadthReadStart(LocalDate asOf) {
        return asOf.minusDays(LOOKBACK_DAYS);
    }

    /** A member's breadth signals on {@code asOf} from its bars read from {@link #breadthReadStart}; empty without a bar that day. */
    public static Optional<MemberState> memberState(DailySeries one, LocalDate asOf) {
        int end = one.indexOnOrBefore(asOf);
        if (end < 0 || one.day(end) != asOf.toEpochDay()) {
            return Optional.empty();
        }
        int from = one.continuousFrom(end); // the windows reach back to the last hole, no further
        return Optional.of(MemberState.of(one.slice(from, end + 1).closes(), end - from));
    }

    /**
     * The breadth of {@code index} on {@code asOf} from the signals of its members with a bar that day, who hold
     * {@code weightWithDataPct} of its weight (NaN: unknown).
     */
    public static Reports.Breadth breadth(String index, LocalDate asOf, int members, double weightWithDataPct,
            List<MemberState> states) {
        int smaKnown = 0;
        int above = 0;
        int advancers = 0;
        int decliners = 0;
        int unchanged = 0;
        int highs = 0;
        int lows = 0;
        for (MemberState state : states) {
            if (state.aboveSma50() != null) {
                smaKnown++;
                above += state.aboveSma50() ? 1 : 0;
            }
            if (state.change() != null) {
                advancers += state.change() > 0 ? 1 : 0;
                decliners += state.change() < 0 ? 1 : 0;
                unchanged += state.change() == 0 ? 1 : 0;
            }
            highs += Boolean.TRUE.equals(state.newHigh()) ? 1 : 0;
            lows += Boolean.TRUE.equals(state.newLow()) ? 1 : 0;
        }
        double abovePct = smaKnown == 0 ? Double.NaN : 100.0 * above / smaKnown;
        return new Reports.Breadth(index, asOf, members, states.size(), weightWithDataPct, above, abovePct, advancers,
                decliners, unchanged, highs, lows, highs - lows);
    }

    /**
     * Sector contributions to {@code index}'s cap-weighted return from the level on {@code from} to the level on
     * {@code to}, for the members on {@code to} with closes at both ends; weights at the start are the members' weights,
     * or shares × close; members without a sector count as "Unclassified".
     */
    public Reports.Sectors sectors(String index, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("--to must not be before --from, but " + to + " is before " + from);
        }
        List<Member> members = data.reference().members(index, to).require();
        Map<String, DailySeries> series = data.dailySince(members.stream().map(Member::symbol).toList(),
                from.minusDays(10));
        Map<String, String> sectorOf = data.reference().sectors();
        Map<String, double[]> bySector = new TreeMap<>(); // weight, weight x return, members
        double total = 0;
        Set<String> withData = new HashSet<>();
        for (Member member : members) {
            DailySeries one = series.get(member.symbol());
            if (!hasLevels(one, from, to)) {
                continue;
            }
            withData.add(member.symbol());
            PeriodReturn period = PeriodReturn.between(one, from, to);
            double weight = startWeight(index, member, period.startLevel());
            double[] sums = bySector.computeIfAbsent(sectorOf.getOrDefault(member.symbol(), "Unclassified"),
                    sector -> new double[3]);
            sums[0] += weight;
            sums[1] += weight * period.fraction();
            sums[2]++;
            total += weight;
        }
        if (!(total > 0)) {
            throw new NoDataException("no member of " + index + " on " + to + " has a close on or before "
                    + from + " and a weight");
        }
        List<Reports.SectorRow> rows = new ArrayList<>();
        double indexReturn = 0;
        for (Map.Entry<String, double[]> sector : bySector.entrySet()) {
            double[] sums = sector.getValue();
            indexReturn += sums[1] / total;
            rows.add(new Reports.SectorRow(sector.getKey(), (int) sums[2], sums[0] / total * 100, sums[1] / sums[0] * 100,
                    sums[1] / total * 10_000));
        }
        rows.sort((a, b) -> Double.compare(b.contributionBp(), a.contributionBp()));
        return new Reports.Sectors(index, from, to, members.size(), withData.size(),
                weightWithDataPct(members, withData), indexReturn * 100, rows);
    }

    /**
     * The share of {@code members}' index weight, in percent, held by those {@code withData}; NaN unless every member
     * carries a weight (shares × close is no weight for a member without a close).
     */
    public static double weightWithDataPct(List<Member> members, Set<String> withData) {
        double total = 0;
        double held = 0;
        for (Member member : members) {
            total += member.weight();
            held += withData.contains(member.symbol()) ? member.weight() : 0;
        }
        return total > 0 ? 100 * held / total : Double.NaN;
    }

    /** Whether a member has a level on {@code from} and on {@code to}: a close, neither in a hole nor stale. */
    private boolean hasLevels(DailySeries one, LocalDate from, LocalDate to) {
        return one != null && one.indexOnOrBefore(from) >= 0
                && Freshness.unknownLevel(one, from, data.sessionsOf(one.symbol())).isEmpty()
                && Freshness.unknownLevel(one, to, data.sessionsOf(one.symbol())).isEmpty();
    }

    /** A member's weight at the start of a period: its index weight, or shares × the starting close. */
    private static double startWeight(String index, Member member, double startLevel) {
        double weight = !Double.isNaN(member.weight()) ? member.weight() : member.shares() * startLevel;
        if (Double.isNaN(weight)) {
            throw new NoDataException("member " + member.symbol() + " of " + index
                    + " has neither a weight nor shares");
        }
        return weight;
    }

    /**
     * Each sector's cap-weighted level from {@code from} to {@code to}, 100 on the members' last session on or before
     * {@code from}: the members on {@code to} with levels at both ends held from then at their starting weights (as in
     * {@link #sectors}), {@code 100 × Σ w·close(d)/close(start) / Σ w}, on every session any member traded; a member
     * without a bar on a session (a day off, or inside a hole) counts at its last close. Series are named by sector,
     * in sector order.
     */
    public Map<String, DailySeries> sectorLevels(String index, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("--to must not be before --from, but " + to + " is before " + from);
        }
        List<Member> members = data.reference().members(index, to).require();
        Map<String, DailySeries> series = data.dailySince(members.stream().map(Member::symbol).toList(),
                from.minusDays(10));
        List<Member> held = members.stream().filter(m -> hasLevels(series.get(m.symbol()), from, to)).toList();
        if (held.isEmpty()) {
            throw new NoDataException("no member of " + index + " on " + to + " has a close on or before "
                    + from);
        }
        int[] days = sessionsTraded(held.stream().map(m -> series.get(m.symbol())).toList(), from, to);
        Map<String, String> sectorOf = data.reference().sectors();
        Map<String, double[]> sums = new TreeMap<>(); // per sector: Σ w·close(d)/close(start) per session, then Σ w
        for (Member member : held) {
            DailySeries one = series.get(member.symbol());
            int base = one.indexOnOrBefore(from);
            double weight = startWeight(index, member, one.close(base));
            double[] sector = sums.computeIfAbsent(sectorOf.getOrDefault(member.symbol(), "Unclassified"),
                    name -> new double[days.length + 1]);
            int at = base;
            for (int k = 0; k < days.length; k++) {
                while (at + 1 < one.size() && one.day(at + 1) <= days[k]) {
                    at++;
                }
                sector[k] += weight * one.close(at) / one.close(base);
            }
            sector[days.length] += weight;
        }
        Map<String, DailySeries> levels = new LinkedHashMap<>();
        sums.forEach((name, sector) -> {
            double[] level = new double[days.length];
            for (int k = 0; k < days.length; k++) {
                level[k] = 100 * sector[k] / sector[days.length];
            }
            levels.put(name, DailySeries.of(name, days, level));
        });
        return levels;
    }

    /** The latest session on or before {@code from} of any of {@code series}, then every session of any in (from, to]. */
    private static int[] sessionsTraded(List<DailySeries> series, LocalDate from, LocalDate to) {
        int start = series.stream().mapToInt(one -> one.day(one.indexOnOrBefore(from))).max().orElseThrow();
        int last = (int) to.toEpochDay();
        boolean[] traded = new boolean[Math.max(0, last - start) + 1];
        for (DailySeries one : series) {
            for (int i = one.indexOnOrBefore(from); i < one.size() && one.day(i) <= last; i++) {
                if (one.day(i) >= start) {
                    traded[one.day(i) - start] = true;
                }
            }
        }
        return IntStream.range(0, traded.length).filter(d -> traded[d]).map(d -> start + d).toArray();
    }

    /**
     * Concentration of {@code index} on {@code asOf}, and cap- against equal-weighted return from the level on
     * {@code periodStart} (the previous year's last close when null) to {@code asOf}.
     */
    public Reports.Concentration concentration(String index, LocalDate asOf, int topN, LocalDate periodStart) {
        if (topN < 1) {
            throw new InvalidRequestException("--top must be at least 1, but was " + topN);
        }
        LocalDate start = periodStart != null ? periodStart : ToDate.YEAR.base(asOf);
        Optional<Reports.Concentration> imported = data.results().concentration(index, asOf, topN, start);
        if (imported.isPresent()) {
            return imported.get();
        }
        List<Member> members = data.reference().members(index, asOf).require();
        boolean weighted = members.stream().allMatch(member -> !Double.isNaN(member.weight()));
        boolean byShares = !weighted && members.stream().allMatch(member -> !Double.isNaN(member.shares()));
        if (!weighted && !byShares) {
            throw new NoDataException("the members of " + index + " on " + asOf
                    + " need a weight or shares each for concentration (import them with bellwether import members)");
        }
        Map<String, DailySeries> series = data.dailySince(members.stream().map(Member::symbol).toList(),
                concentrationReadStart(asOf, start));
        List<MemberWeight> weights = new ArrayList<>();
        Set<String> withData = new HashSet<>();
        for (Member member : members) {
            DailySeries one = series.get(member.symbol());
            Optional<MemberWeight> weight = one == null ? Optional.empty()
                    : memberWeight(member, one, weighted, start, asOf, data.sessionsOf(one.symbol()));
            weight.ifPresent(found -> {
                weights.add(found);
                withData.add(member.symbol());
            });
        }
        return concentration(index, asOf, topN, start, weighted, members.size(), weightWithDataPct(members, withData),
                weights);
    }

    /** The first date of the bars {@link #concentration} reads: its inputs are the bars from then on. */
    public static LocalDate concentrationReadStart(LocalDate asOf, LocalDate periodStart) {
        return (periodStart.isBefore(asOf.minusDays(LOOKBACK_DAYS)) ? periodStart : asOf.minusDays(LOOKBACK_DAYS))
                .minusDays(10);
    }

    /**
     * A member's part in {@link #concentration}: its weight on the date, and when it has a close at the period's
     * start its weight then and its return since.
     *
     * @param held whether it has a close at the period's start (else the next two are NaN)
     * @param start the weight at the period's start
     * @param periodReturn the return over the period as a fraction
     */
    public record MemberWeight(double now, boolean held, double start, double periodReturn) implements Serializable {
    }

    /**
     * The weight of {@code member} from its bars {@code one} (read from {@link #concentrationReadStart}): by its
     * index weight when {@code weighted}, else shares × close; empty without a close on or before {@code asOf}, or
     * when that close is unknown (in a hole) or stale: such a member has no data.
     */
    public static Optional<MemberWeight> memberWeight(Member member, DailySeries one, boolean weighted,
            LocalDate periodStart, LocalDate asOf, SessionIndex sessions) {
        OptionalDouble weightNow = weightOn(member.weight(), member.shares(), one, weighted, asOf, sessions);
        if (weightNow.isEmpty()) {
            return Optional.empty();
        }
        double now = weightNow.getAsDouble();
        if (one.indexOnOrBefore(periodStart) < 0) {
            return Optional.of(new MemberWeight(now, false, Double.NaN, Double.NaN));
        }
        PeriodReturn period = PeriodReturn.between(one, periodStart, asOf);
        return Optional.of(new MemberWeight(now, true, weighted ? member.weight() : member.shares() * period.startLevel(),
                period.fraction()));
    }

    /**
     * A member's weight on {@code date} from its bars {@code one}: its index {@code weight} when {@code weighted},
     * else {@code shares} × its close; empty without a close on or before the date, or when that close is unknown
     * (in a hole) or stale: its last old close is neither a weight nor a level.
     */
    private static OptionalDouble weightOn(double weight, double shares, DailySeries one, boolean weighted,
            LocalDate date, SessionIndex sessions) {
        int at = one.indexOnOrBefore(date);
        if (at < 0 || Freshness.unknownLevel(one, date, sessions).isPresent()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(weighted ? weight : shares * one.close(at));
    }

    /**
     * The concentration of {@code index} on {@code asOf} from its members' {@code weights}, in member order (the
     * sums run in that order): top-N weight, Herfindahl, effective number and cap- against equal-weighted return
     * of the members with a close at {@code periodStart}; {@code members} counts the index's members on the date, and
     * those with weights hold {@code weightWithDataPct} of its weight (NaN: unknown).
     */
    public static Reports.Concentration concentration(String index, LocalDate asOf, int topN, LocalDate periodStart,
            boolean weighted, int members, double weightWithDataPct, List<MemberWeight> weights) {
        if (weights.isEmpty()) {
            throw new NoDataException("none of the members of " + index + " on " + asOf
                    + " has a close on or before that date");
        }
        // weights now of every member; weights at the start and returns of those held from the start, in member order
        int heldCount = (int) weights.stream().filter(MemberWeight::held).count();
        double[] now = new double[weights.size()];
        double[] atStart = new double[heldCount];
        double[] r = new double[heldCount];
        int h = 0;
        for (int i = 0; i < now.length; i++) {
            MemberWeight weight = weights.get(i);
            now[i] = weight.now();
            if (weight.held()) {
                atStart[h] = weight.start();
                r[h++] = weight.periodReturn();
            }
        }
        double cap = r.length == 0 ? Double.NaN : Concentration.weightedReturn(atStart, r);
        double equal = r.length == 0 ? Double.NaN : Concentration.equalWeightedReturn(r);
        return new Reports.Concentration(index, asOf, members, now.length, weightWithDataPct,
                weighted ? "weight" : "shares x close", topN,
                Concentration.topWeight(now, topN) * 100, Concentration.herfindahl(now),
                Concentration.effectiveNumber(now), periodStart, cap * 100, equal * 100, (cap - equal) * 10_000);
    }

    /**
     * The weight of the top {@code topN} members of {@code index} at each session of {@code [from, to]} (the index's
     * own sessions), with the members of each session and its closes: the series of {@link #concentration}'s top
     * weight (the same weights, the same members with data), read in one pass; partial when any session's is.
     */
    public Reports.TopWeights topWeights(String index, LocalDate from, LocalDate to, int topN) {
        DailySeries sessions = data.daily(index).require();
        int[] range = sessions.range(from, to);
        List<Membership> memberships = data.reference().memberships(index, from, to).require();
        Map<String, DailySeries> series = data.dailySince(memberships.stream().map(Membership::symbol)
                .distinct().toList(), from.minusDays(10));
        List<LocalDate> dates = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        boolean partial = false;
        for (int i = range[0]; i < range[1]; i++) {
            LocalDate date = sessions.date(i);
            List<Member> on = memberships.stream().filter(member -> member.on(date))
                    .map(member -> new Member(member.symbol(), member.weight(), member.shares())).toList();
            boolean weighted = on.stream().allMatch(member -> !Double.isNaN(member.weight()));
            Set<String> withData = new HashSet<>();
            double[] caps = new double[on.size()];
            int held = 0;
            for (Member member : on) {
                DailySeries one = series.get(member.symbol());
                OptionalDouble weight = one == null ? OptionalDouble.empty()
                        : weightOn(member.weight(), member.shares(), one, weighted, date,
                                data.sessionsOf(one.symbol()));
                if (weight.isPresent() && !Double.isNaN(weight.getAsDouble())) {
                    caps[held++] = weight.getAsDouble();
                    withData.add(member.symbol());
                }
            }
            if (held > 0) {
                dates.add(date);
                weights.add(Concentration.topWeight(Arrays.copyOf(caps, held), topN) * 100);
                partial |= DataRule.isPartial(withData.size(), on.size(), weightWithDataPct(on, withData));
            }
        }
        return new Reports.TopWeights(index, topN, dates, weights, partial);
    }
}
