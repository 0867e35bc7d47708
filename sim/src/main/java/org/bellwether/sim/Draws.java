package org.bellwether.sim;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Random draws from a stream named by a key: the same seed and key give the same numbers whatever else the
 * simulation draws, so that adding a symbol does not change the others. The simulator uses {@link StrictMath}
 * throughout, so that the same seed gives the same bytes on every platform.
 */
final class Draws {

    private final SplittableRandom random;

    private Draws(SplittableRandom random) {
        this.random = random;
    }

    /** The stream {@code key} of {@code seed}. */
    static Draws of(long seed, String key) {
        long hash = 0xcbf29ce484222325L; // FNV-1a over the key's bytes: stable across JVMs, unlike identity hashes
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return new Draws(new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ hash));
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [low, high). */
    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Uniform integer in [low, high]. */
    int integer(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** Standard normal (Box-Muller; one value per call keeps the stream's use simple to reason about). */
    double normal() {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * random.nextDouble());
    }

    /** Student-t with {@code df} degrees of freedom, scaled to unit variance: fat tails at the same volatility. */
    double studentT(int df) {
        double chiSquare = 0;
        for (int i = 0; i < df; i++) {
            double z = normal();
            chiSquare += z * z;
        }
        return normal() / Math.sqrt(chiSquare / df) * Math.sqrt((df - 2.0) / df);
    }
}
