package org.bellwether.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.sim.Scenario.IndexSpec;
import org.bellwether.sim.Scenario.MemberSpec;
import org.bellwether.sim.Scenario.Tilt;

/**
 * The companies of a scenario and their daily closes: each loads on its index's returns (beta) and its sector's
 * factor, adds fat-tailed idiosyncratic returns with volatility clustering, and the tilts of its sector or size.
 * Sizes follow a Zipf law from the largest cap; sectors are dealt out so that each gets its share of the index's cap.
 */
final class Universe {

    /** Tickers are the prefix and three letters. */
    private static final int MAX_MEMBERS = 26 * 26 * 26 - 1;

    private final Scenario scenario;
    private final long seed;
    private final List<LocalDate> sessions;
    private final Map<String, List<Company>> membersByIndex = new LinkedHashMap<>();
    private final Map<String, Company> companies = new LinkedHashMap<>();
    private final Map<String, double[]> closes = new HashMap<>();

    Universe(Scenario scenario, long seed, List<LocalDate> sessions, Map<String, double[]> indexReturns) {
        this.scenario = scenario;
        this.seed = seed;
        this.sessions = sessions;
        for (IndexSpec index : scenario.indices()) {
            MemberSpec spec = index.members();
            if (spec != null && spec.fromIndex() == null) {
                List<Company> members = newCompanies(index, spec);
                membersByIndex.put(index.symbol(), members);
                for (Company company : members) {
                    Company before = companies.putIfAbsent(company.symbol(), company);
                    if (before != null) {
                        throw new IllegalArgumentException("indices " + before.index() + " and " + index.symbol()
                                + " both make the ticker " + company.symbol() + ": give their members different "
                                + "prefixes (members.prefix)");
                    }
                }
                simulateCloses(index, spec, members, indexReturns.get(index.symbol()));
            }
        }
        for (IndexSpec index : scenario.indices()) {
            MemberSpec spec = index.members();
            if (spec != null && spec.fromIndex() != null) {
                membersByIndex.put(index.symbol(), largestOf(spec));
            }
        }
    }

    /** The members of each index with members, largest first. */
    Map<String, List<Company>> membersByIndex() {
        return membersByIndex;
    }

    /** Every company, once. */
    Iterable<Company> companies() {
        return companies.values();
    }

    /** The daily closes of {@code company}, one per session. */
    double[] closes(Company company) {
        return closes.get(company.symbol());
    }

    /** The spec of the index whose universe {@code company} was made for. */
    MemberSpec specOf(Company company) {
        return scenario.indices().stream().filter(index -> index.symbol().equals(company.index())).findFirst()
                .orElseThrow().members();
    }

    private List<Company> newCompanies(IndexSpec index, MemberSpec spec) {
        if (spec.count() > MAX_MEMBERS) {
            throw new IllegalArgumentException(index.symbol() + ".members.count: at most " + MAX_MEMBERS
                    + " (three-letter tickers after the prefix), but was " + spec.count());
        }
        Draws draws = Draws.of(seed, "members:" + index.symbol());
        String prefix = spec.prefix() == null ? index.symbol().substring(0, 1) : spec.prefix();
        double largest = spec.largestCap() == null ? 1e10 : spec.largestCap();
        double[] capShare = new double[spec.sectors().size()];
        double total = 0;
        for (int rank = 1; rank <= spec.count(); rank++) {
            total += StrictMath.pow(rank, -spec.zipf());
        }
        List<Company> members = new ArrayList<>();
        for (int rank = 1; rank <= spec.count(); rank++) {
            double cap = largest * StrictMath.pow(rank, -spec.zipf());
            String sector = spec.sectors().isEmpty() ? null : spec.sectors().get(neediest(spec, capShare)).name();
            if (sector != null) {
                capShare[indexOfSector(spec, sector)] += cap / (largest * total);
            }
            double price = Math.min(2000, Math.max(3, StrictMath.exp(StrictMath.log(40) + 0.7 * draws.normal())));
            double beta = draws.uniform(spec.beta().get(0), spec.beta().get(1));
            int founded = draws.integer(spec.founded().get(0), spec.founded().get(1));
            members.add(new Company(ticker(prefix, rank), index.symbol(), rank, sector, LevelPath.cents(price),
                    Math.rint(cap / price), beta, founded));
        }
        return members;
    }

    /** The sector furthest below its share of the cap dealt so far (largest companies are dealt first). */
    private static int neediest(MemberSpec spec, double[] capShare) {
        int best = 0;
        double bestGap = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < capShare.length; s++) {
            double gap = spec.sectors().get(s).weight() - capShare[s];
            if (gap > bestGap) {
                bestGap = gap;
                best = s;
            }
        }
        return best;
    }

    private static int indexOfSector(MemberSpec spec, String sector) {
        for (int s = 0; s < spec.sectors().size(); s++) {
            if (spec.sectors().get(s).name().equals(sector)) {
                return s;
            }
        }
        throw new IllegalStateException(sector);
    }

    /** Tickers {@code prefix} + three letters from the rank: RAAB, RAAC, ... */
    static String ticker(String prefix, int rank) {
        StringBuilder letters = new StringBuilder();
        int value = rank;
        for (int i = 0; i < 3; i++) {
            letters.insert(0, (char) ('A' + value % 26));
            value /= 26;
        }
        return prefix + letters;
    }

    private void simulateCloses(IndexSpec index, MemberSpec spec, List<Company> members, double[] indexReturns) {
        int n = sessions.size();
        Map<String, double[]> sectorFactors = new HashMap<>();
        for (Company company : members) {
            sectorFactors.computeIfAbsent(String.valueOf(company.sector()), sector -> LevelPath.clusteredReturns(
                    Draws.of(seed, "sector:" + index.symbol() + ":" + sector), n, spec.sectorVolPct(), 4));
        }
        for (Company company : members) {
            Draws draws = Draws.of(seed, "company:" + company.symbol());
            double[] idiosyncratic = LevelPath.clusteredReturns(draws, n, spec.idiosyncraticVolPct(), 4);
            double[] sector = sectorFactors.get(String.valueOf(company.sector()));
            double[] tilt = tilts(index.symbol(), company);
            double[] path = new double[n];
            path[0] = company.startPrice();
            for (int t = 1; t < n; t++) {
                double r = company.beta() * indexReturns[t] + sector[t] + idiosyncratic[t] + tilt[t];
                path[t] = LevelPath.cents(path[t - 1] * StrictMath.exp(r));
            }
            closes.put(company.symbol(), path);
        }
    }

    /** The extra daily log return of {@code company} from the tilts that cover it. */
    private double[] tilts(String index, Company company) {
        double[] extra = new double[sessions.size()];
        for (Tilt tilt : scenario.sectorTilts()) {
            if (tilt.index().equals(index) && tilt.sector().equals(company.sector())) {
                spread(extra, tilt);
            }
        }
        for (Tilt tilt : scenario.topTilts()) {
            if (tilt.index().equals(index) && company.rank() <= tilt.top()) {
                spread(extra, tilt);
            }
        }
        return extra;
    }

    /** Adds the tilt's excess return, spread evenly over the sessions after {@code from} up to {@code to}. */
    private void spread(double[] extra, Tilt tilt) {
        List<Integer> covered = new ArrayList<>();
        for (int t = 1; t < sessions.size(); t++) {
            if (sessions.get(t).isAfter(tilt.from()) && !sessions.get(t).isAfter(tilt.to())) {
                covered.add(t);
            }
        }
        double each = StrictMath.log(1 + tilt.excessPct() / 100) / Math.max(1, covered.size());
        covered.forEach(t -> extra[t] += each);
    }

    /** The {@code count} largest members of another index, of the given sectors when any are named. */
    private List<Company> largestOf(MemberSpec spec) {
        List<Company> pool = membersByIndex.get(spec.fromIndex().symbol());
        if (pool == null) {
            throw new IllegalArgumentException("members.from_index: " + spec.fromIndex().symbol()
                    + " is not an index with its own members in this scenario");
        }
        return pool.stream().filter(company -> spec.fromIndex().sectors().isEmpty()
                        || spec.fromIndex().sectors().contains(company.sector()))
                .sorted(Comparator.comparingInt(Company::rank)).limit(spec.count()).toList();
    }
}
