package org.bellwether.core.fundamentals;

import java.time.LocalDate;
import org.bellwether.core.definitions.Definitions;

/**
 * Interest coverage and the zombie tests (DESIGN: "Fundamentals as of D", "Zombie"). A company's fiscal periods are
 * given oldest first as parallel arrays; only 12-month periods count.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * EBIT over interest expense; NaN when either is unknown or the interest expense is not positive (no interest
     * to cover: not a zombie).
     */
    public static double ratio(double ebit, double interestExpense) {
        if (Double.isNaN(ebit) || Double.isNaN(interestExpense) || !(interestExpense > 0)) {
            return Double.NaN;
        }
        return ebit / interestExpense;
    }

    /** Whether coverage {@code ratio} makes a zombie: below 1 (NaN, no interest to cover, is not). */
    public static boolean isZombie(double ratio) {
        return ratio < 1;
    }

    /**
     * The index of the latest period known on {@code asOf} (DESIGN: "Point in time": filed on or before it, by its
     * filing date when {@code filed} has one, else taken as filed {@value Definitions#FILING_LAG_ANNUAL_DAYS} days
     * after its end) and ending no earlier than {@value Definitions#FUNDAMENTALS_MAX_AGE_MONTHS} months before it, or
     * -1 when there is none.
     *
     * @param filed per period, the day it was first filed, or null where unknown
     */
    public static int latestAsOf(LocalDate[] periodEnds, LocalDate[] filed, LocalDate asOf) {
        LocalDate oldest = asOf.minusMonths(Definitions.FUNDAMENTALS_MAX_AGE_MONTHS);
        LocalDate filedBy = asOf.minusDays(Definitions.FILING_LAG_ANNUAL_DAYS);
        for (int i = periodEnds.length - 1; i >= 0; i--) {
            if (filed[i] != null ? !filed[i].isAfter(asOf) : !periodEnds[i].isAfter(filedBy)) {
                return periodEnds[i].isBefore(oldest) ? -1 : i;
            }
        }
        return -1;
    }

    /**
     * The strict (OECD) form at period {@code latest}: coverage below 1 in it, and in three consecutive fiscal years
     * (each ending 11 to 13 months after the one before) ending with it or, when the latest period is a trailing
     * twelve months after the last fiscal year, with that fiscal year; and a firm at least {@value Definitions#ZOMBIE_STRICT_MIN_AGE_YEARS}
     * years old in {@code asOf}'s year. Null when the founding year is unknown or no three consecutive years are known:
     * undetermined, not a verdict.
     */
    public static Boolean isStrictZombie(LocalDate[] periodEnds, double[] ratios, int latest, Integer founded,
            LocalDate asOf) {
        if (latest < 0) {
            return null;
        }
        if (!isZombie(ratios[latest])) {
            return false;
        }
        for (int end = latest; end >= 0 && end > latest - Definitions.ZOMBIE_STRICT_YEARS; end--) {
            int[] chain = yearChain(periodEnds, end);
            if (chain != null) {
                for (int year : chain) {
                    if (!isZombie(ratios[year])) {
                        return false;
                    }
                }
                return founded == null ? null : asOf.getYear() - founded >= Definitions.ZOMBIE_STRICT_MIN_AGE_YEARS;
            }
        }
        return null;
    }

    /** {@value Definitions#ZOMBIE_STRICT_YEARS} periods ending about a year apart, the last being {@code end}; null if there are none. */
    private static int[] yearChain(LocalDate[] periodEnds, int end) {
        int[] chain = new int[Definitions.ZOMBIE_STRICT_YEARS];
        chain[Definitions.ZOMBIE_STRICT_YEARS - 1] = end;
        for (int k = Definitions.ZOMBIE_STRICT_YEARS - 2; k >= 0; k--) {
            LocalDate yearBefore = periodEnds[chain[k + 1]].minusMonths(12);
            chain[k] = -1;
            for (int i = chain[k + 1] - 1; i >= 0 && chain[k] < 0; i--) {
                if (!periodEnds[i].isBefore(yearBefore.minusMonths(1)) && !periodEnds[i].isAfter(
                        yearBefore.plusMonths(1))) {
                    chain[k] = i;
                }
            }
            if (chain[k] < 0) {
                return null;
            }
        }
        return chain;
    }
}
