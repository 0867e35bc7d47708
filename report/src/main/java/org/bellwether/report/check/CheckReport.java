package org.bellwether.report.check;

import java.util.List;

/**
 * {@code bellwether check}: every claim found, in document order, and how many of each verdict.
 *
 * @param claims the claims
 * @param summary the counts of verdicts
 */
public record CheckReport(List<Claim> claims, Summary summary) {

    /** How many claims were verified, contradicted and unverifiable. */
    public record Summary(int verified, int contradicted, int unverifiable) {
    }

    /** The report of {@code claims}, counted. */
    static CheckReport of(List<Claim> claims) {
        return new CheckReport(List.copyOf(claims), new Summary(count(claims, Claim.VERIFIED),
                count(claims, Claim.CONTRADICTED), count(claims, Claim.UNVERIFIABLE)));
    }

    private static int count(List<Claim> claims, String verdict) {
        return (int) claims.stream().filter(claim -> claim.verdict().equals(verdict)).count();
    }
}
