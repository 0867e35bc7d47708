package org.bellwether.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bellwether.core.fundamentals.Coverage;
import org.bellwether.core.model.FiscalPeriod;
import org.bellwether.core.model.Member;
import org.bellwether.core.model.InvalidRequestException;

/**
 * The zombie screen of an index (DESIGN: "Fundamentals as of D", "Zombie"): point-in-time members on the date, each
 * company's latest fiscal year no older than 15 months, interest coverage, the simple and strict forms, leverage and
 * the floating-rate share of debt, by sector and in aggregate (cap- and equal-weighted).
 */
public final class BalanceSheetFacts {

    private final MarketData data;

    /** Balance-sheet facts from {@code data}. */
    public BalanceSheetFacts(MarketData data) {
        this.data = data;
    }

    /** The zombie screen of {@code index}'s members on {@code asOf}. */
    public Reports.Zombies zombies(String index, LocalDate asOf) {
        List<Member> members = data.reference().members(index, asOf).require();
        Optional<Map<String, Reports.ZombieCompany>> imported = data.results().zombies(index, asOf);
        if (imported.isPresent()) { // the companies' rows computed elsewhere (bellwether spark zombies)
            return zombies(index, asOf, members, data.reference().sectors(), imported.get());
        }
        Map<String, List<FiscalPeriod>> years = data.macro().fiscalYears(members.stream().map(Member::symbol).toList());
        Map<String, String> sectors = data.reference().sectors();
        Map<String, Integer> founded = data.reference().foundingYears();
        Map<String, Reports.ZombieCompany> companies = new LinkedHashMap<>();
        for (Member member : members) {
            Reports.ZombieCompany company = company(member.symbol(), years.getOrDefault(member.symbol(), List.of()),
                    sectors.get(member.symbol()), founded.get(member.symbol()), asOf);
            if (company != null) {
                companies.put(member.symbol(), company);
            }
        }
        return zombies(index, asOf, members, sectors, companies);
    }

    /**
     * The zombie screen of {@code index} on {@code asOf} from its {@code members} on that date and the rows of
     * those with a fiscal year that counts ({@link #company}), by symbol: counts and shares, by sector and in
     * aggregate.
     */
    public static Reports.Zombies zombies(String index, LocalDate asOf, List<Member> members,
            Map<String, String> sectors, Map<String, Reports.ZombieCompany> companyOf) {
        List<Reports.ZombieCompany> companies = members.stream().map(member -> companyOf.get(member.symbol()))
                .filter(Objects::nonNull).toList();
        Map<String, List<Reports.ZombieCompany>> bySector = new TreeMap<>();
        Map<String, Integer> membersBySector = new TreeMap<>();
        for (Member member : members) {
            membersBySector.merge(String.valueOf(sectors.getOrDefault(member.symbol(), "Unknown")), 1, Integer::sum);
        }
        companies.forEach(company -> bySector.computeIfAbsent(String.valueOf(company.sector() == null ? "Unknown"
                : company.sector()), sector -> new ArrayList<>()).add(company));
        List<Reports.ZombieSector> sectorRows = new ArrayList<>();
        membersBySector.forEach((sector, count) -> {
            List<Reports.ZombieCompany> inSector = bySector.getOrDefault(sector, List.of());
            long zombies = inSector.stream().filter(Reports.ZombieCompany::zombie).count();
            sectorRows.add(new Reports.ZombieSector(sector, count, inSector.size(), (int) zombies,
                    percent(zombies, inSector.size())));
        });
        long zombies = companies.stream().filter(Reports.ZombieCompany::zombie).count();
        long strict = companies.stream().filter(company -> Boolean.TRUE.equals(company.strict())).count();
        long undetermined = companies.stream().filter(company -> company.strict() == null).count();
        return new Reports.Zombies(index, asOf, members.size(), companies.size(),
                IndexFacts.weightWithDataPct(members, companyOf.keySet()), (int) zombies,
                percent(zombies, companies.size()), (int) strict, percent(strict, companies.size()), sectorRows,
                companies, aggregates(companies), (int) undetermined, null);
    }

    /**
     * The share of a sector's costs that are imported inputs a tariff falls on, as a fraction: an assumption of
     * Bellwether's, documented in docs/balance-sheets.md, for what-if shocks only. Sectors not listed: 0.10.
     */
    public static final Map<String, Double> INPUT_COST_SHARES = Map.ofEntries(Map.entry("Materials", 0.30),
            Map.entry("Industrials", 0.25), Map.entry("Consumer Discretionary", 0.20), Map.entry("Energy", 0.15),
            Map.entry("Information Technology", 0.15), Map.entry("Consumer Staples", 0.15),
            Map.entry("Health Care", 0.10), Map.entry("Utilities", 0.10), Map.entry("Communication Services", 0.05),
            Map.entry("Real Estate", 0.05), Map.entry("Financials", 0.02));
    private static final double OTHER_INPUT_COST_SHARE = 0.10;

    /**
     * The zombie screen of {@code index} on {@code asOf} before and after a shock: {@code ratesBp} added to the rate
     * paid on each company's floating-rate debt (interest + floating debt × shock), and for each sector in
     * {@code tariffsPct} EBIT reduced by its input-cost share times the tariff, applied to |EBIT|.
     */
    public Reports.WhatIf whatIf(String index, LocalDate asOf, double ratesBp, Map<String, Double> tariffsPct) {
        if (ratesBp == 0 && tariffsPct.isEmpty()) {
            throw new InvalidRequestException("whatif needs a shock: a rate change (e.g. +100bp) or a tariff (e.g. "
                    + "Materials=25%)");
        }
        Set<String> known = new TreeSet<>(data.reference().sectors().values());
        for (String sector : tariffsPct.keySet()) {
            if (!known.contains(sector)) {
                throw new InvalidRequestException("tariff: no instrument has the sector '" + sector + "'; sectors: "
                        + String.join(", ", known));
            }
        }
        Reports.Zombies before = zombies(index, asOf);
        Map<String, int[]> bySector = new TreeMap<>(); // sector -> {with data, zombies before, zombies after}
        int after = 0;
        int withoutFloating = 0;
        for (Reports.ZombieCompany company : before.companies()) {
            withoutFloating += Double.isNaN(company.floatingRateDebt()) ? 1 : 0;
            String sector = company.sector() == null ? "Unknown" : company.sector();
            double interest = company.interestExpense() + (Double.isNaN(company.floatingRateDebt()) ? 0
                    : company.floatingRateDebt() * ratesBp / 10_000);
            double tariff = tariffsPct.getOrDefault(sector, 0.0) / 100;
            double ebit = company.ebit() - INPUT_COST_SHARES.getOrDefault(sector, OTHER_INPUT_COST_SHARE) * tariff
                    * Math.abs(company.ebit());
            boolean zombie = Coverage.isZombie(Coverage.ratio(ebit, interest));
            after += zombie ? 1 : 0;
            int[] counts = bySector.computeIfAbsent(sector, name -> new int[3]);
            counts[0]++;
            counts[1] += company.zombie() ? 1 : 0;
            counts[2] += zombie ? 1 : 0;
        }
        List<Reports.WhatIfSector> sectors = new ArrayList<>();
        bySector.forEach((sector, counts) -> sectors.add(new Reports.WhatIfSector(sector, counts[0], counts[1],
                percent(counts[1], counts[0]), counts[2], percent(counts[2], counts[0]))));
        Map<String, Double> shares = new TreeMap<>();
        tariffsPct.keySet().forEach(sector -> shares.put(sector, INPUT_COST_SHARES.getOrDefault(sector,
                OTHER_INPUT_COST_SHARE)));
        return new Reports.WhatIf(index, asOf, ratesBp, tariffsPct, shares, before.withData(), before.zombies(),
                before.sharePct(), after, percent(after, before.withData()), sectors, withoutFloating);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? Double.NaN : 100.0 * part / whole;
    }

    /**
     * One company's row from its fiscal years ({@code periods}, oldest first), or null when it has no fiscal year
     * that counts on {@code asOf}.
     */
    public static Reports.ZombieCompany company(String symbol, List<FiscalPeriod> periods, String sector,
            Integer founded, LocalDate asOf) {
        LocalDate[] ends = new LocalDate[periods.size()];
        LocalDate[] filed = new LocalDate[periods.size()];
        double[] ratios = new double[periods.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = periods.get(i).periodEnd();
            filed[i] = periods.get(i).filed();
            ratios[i] = Coverage.ratio(periods.get(i).ebit(), periods.get(i).interestExpense());
        }
        int latest = Coverage.latestAsOf(ends, filed, asOf);
        if (latest < 0 || Double.isNaN(periods.get(latest).ebit())
                || Double.isNaN(periods.get(latest).interestExpense())) {
            return null; // unknown EBIT or interest is no data, not "no interest to cover"
        }
        FiscalPeriod year = periods.get(latest);
        double leverage = year.ebitda() > 0 ? year.totalDebt() / year.ebitda() : Double.NaN;
        double floating = year.totalDebt() > 0 ? year.floatingRateDebt() / year.totalDebt() : Double.NaN;
        return new Reports.ZombieCompany(symbol, sector, year.periodEnd(), ratios[latest],
                Coverage.isZombie(ratios[latest]), Coverage.isStrictZombie(ends, ratios, latest, founded, asOf),
                leverage, floating, year.marketCap(), year.totalDebt(), year.floatingRateDebt(), year.ebit(),
                year.interestExpense());
    }

    /** Leverage and floating-rate share, equal-weighted (mean of companies) and cap- or debt-weighted. */
    private static Map<String, Double> aggregates(List<Reports.ZombieCompany> companies) {
        double leverageSum = 0;
        int leverageCount = 0;
        double capLeverage = 0;
        double capTotal = 0;
        double floatingSum = 0;
        int floatingCount = 0;
        double floatingDebt = 0;
        double debt = 0;
        for (Reports.ZombieCompany company : companies) {
            if (Double.isFinite(company.leverage())) {
                leverageSum += company.leverage();
                leverageCount++;
                if (company.marketCap() > 0) {
                    capLeverage += company.leverage() * company.marketCap();
                    capTotal += company.marketCap();
                }
            }
            if (Double.isFinite(company.floatingShare())) {
                floatingSum += company.floatingShare();
                floatingCount++;
                floatingDebt += company.floatingRateDebt();
                debt += company.totalDebt();
            }
        }
        Map<String, Double> result = new LinkedHashMap<>();
        result.put("leverage_equal_weighted", leverageCount == 0 ? Double.NaN : leverageSum / leverageCount);
        result.put("leverage_cap_weighted", capTotal == 0 ? Double.NaN : capLeverage / capTotal);
        result.put("floating_share_equal_weighted_pct", floatingCount == 0 ? Double.NaN
                : 100 * floatingSum / floatingCount);
        result.put("floating_share_of_debt_pct", debt == 0 ? Double.NaN : 100 * floatingDebt / debt);
        return result;
    }
}
