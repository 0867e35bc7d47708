package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The heavy endpoints' bounds, driven by work that waits on latches the test controls. */
class HeavyWorkTest {

    @Test
    void over_budget_is_a_503_then_a_full_house_a_429_and_the_late_answer_is_kept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicInteger computed = new AtomicInteger();
        try (HeavyWork heavy = new HeavyWork(new ServerOptions.Limits(1, Duration.ofMillis(200), Duration.ZERO, 8))) {
            HeavyWork.Key note = new HeavyWork.Key(7, "/notes?as_of=2026-01-22");
            assertThatThrownBy(() -> heavy.answer(note, () -> {
                release.await();
                computed.incrementAndGet();
                finished.countDown();
                return "the note";
            })).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.status()).isEqualTo(503);
                assertThat(e.retryAfterSeconds()).isEqualTo(1);
            });
            assertThatThrownBy(() -> heavy.answer(new HeavyWork.Key(7, "/screen"), () -> "never"))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).as("the one permit is held by the note").isEqualTo(429);
                        assertThat(e.code()).isEqualTo("too_many_requests");
                    });
            release.countDown();
            finished.await();
            assertThat(heavy.answer(note, () -> "computed again")).isEqualTo("the note");
            assertThat(computed).hasValue(1);
        }
    }

    @Test
    void answers_are_kept_by_store_generation() throws Exception {
        try (HeavyWork heavy = new HeavyWork(new ServerOptions.Limits(2, Duration.ofSeconds(5), Duration.ofSeconds(5),
                8))) {
            assertThat(heavy.answer(new HeavyWork.Key(7, "/notes"), () -> "first")).isEqualTo("first");
            assertThat(heavy.answer(new HeavyWork.Key(7, "/notes"), () -> "again")).isEqualTo("first");
            assertThat(heavy.answer(new HeavyWork.Key(8, "/notes"), () -> "after an import")).isEqualTo("after an import");
        }
    }

    @Test
    void the_cache_is_bounded_and_failures_are_not_kept() throws Exception {
        try (HeavyWork heavy = new HeavyWork(new ServerOptions.Limits(2, Duration.ofSeconds(5), Duration.ofSeconds(5),
                3))) {
            for (int i = 0; i < 50; i++) {
                int n = i;
                assertThat(heavy.answer(new HeavyWork.Key(1, "/screen?" + n), () -> n)).isEqualTo(n);
            }
            assertThat(heavy.cached()).isLessThanOrEqualTo(3);
            HeavyWork.Key failing = new HeavyWork.Key(1, "/checks");
            assertThatThrownBy(() -> heavy.answer(failing, () -> {
                throw new IllegalStateException("bug");
            })).isInstanceOf(IllegalStateException.class).hasMessage("bug");
            assertThat(heavy.answer(failing, () -> "fixed")).isEqualTo("fixed");
            assertThat(heavy.answer(null, () -> "uncached")).isEqualTo("uncached");
        }
    }
}
