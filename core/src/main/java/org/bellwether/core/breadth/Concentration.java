package org.bellwether.core.breadth;

import java.util.Arrays;

/** Concentration of weights (DESIGN: "Concentration"). Weights need not sum to one: they are normalised first. */
public final class Concentration {

    private Concentration() {
    }

    /** The weights scaled to sum to one. */
    public static double[] normalise(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            if (!(weight >= 0)) {
                throw new IllegalArgumentException("weights must be non-negative numbers, but one was " + weight);
            }
            total += weight;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        double[] normalised = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            normalised[i] = weights[i] / total;
        }
        return normalised;
    }

    /** The combined weight of the {@code n} largest, a fraction. */
    public static double topWeight(double[] weights, int n) {
        double[] sorted = normalise(weights);
        Arrays.sort(sorted);
        double sum = 0;
        for (int i = sorted.length - 1; i >= Math.max(0, sorted.length - n); i--) {
            sum += sorted[i];
        }
        return sum;
    }

    /** The Herfindahl index Σ w² of the normalised weights: 1/n when equal, 1 when one member holds all. */
    public static double herfindahl(double[] weights) {
        double sum = 0;
        for (double weight : normalise(weights)) {
            sum += weight * weight;
        }
        return sum;
    }

    /** The effective number of members, 1 / Σ w². */
    public static double effectiveNumber(double[] weights) {
        return 1 / herfindahl(weights);
    }

    /** The return of a portfolio holding {@code weights} (at the start) of assets with {@code returns}. */
    public static double weightedReturn(double[] weights, double[] returns) {
        double[] normalised = normalise(weights);
        double sum = 0;
        for (int i = 0; i < returns.length; i++) {
            sum += normalised[i] * returns[i];
        }
        return sum;
    }

    /** The equal-weighted average of {@code returns}. */
    public static double equalWeightedReturn(double[] returns) {
        double sum = 0;
        for (double value : returns) {
            sum += value;
        }
        return sum / returns.length;
    }
}
