package org.bellwether.alerts;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waits for what another thread brings about: a condition looked at every few milliseconds, up to 10 s. */
public final class Eventually {

    private Eventually() {
    }

    /** Whether {@code condition} holds within 10 s. */
    public static boolean holds(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }
}
