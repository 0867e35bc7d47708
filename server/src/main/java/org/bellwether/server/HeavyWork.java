package org.bellwether.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The heavy endpoints' bounds: answers kept by (store generation, request) in a bounded cache; at most
 * {@link ServerOptions.Limits#heavyPermits()} computing at once, a request that waits longer than
 * {@link ServerOptions.Limits#queueWait()} for its turn answered 429, one computing longer than
 * {@link ServerOptions.Limits#budget()} answered 503, both with {@code Retry-After}. A computation that outlives its
 * budget finishes in the background, keeps its permit until then and caches its answer, so a retry finds it.
 */
final class HeavyWork implements AutoCloseable {

    /** A request's identity: the store's data generation and the request as sent. */
    record Key(long generation, String request) {
    }

    private final ServerOptions.Limits limits;
    private final Semaphore permits;
    private final Cache<Key, Object> answers;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    HeavyWork(ServerOptions.Limits limits) {
        this.limits = limits;
        this.permits = new Semaphore(limits.heavyPermits(), true);
        this.answers = Caffeine.newBuilder().maximumSize(limits.cacheEntries()).build();
    }

    /** The answer to {@code key}: cached, or computed by {@code work} within the bounds; null keys are not cached. */
    Object answer(Key key, Callable<Object> work) throws Exception {
        Object cached = key == null ? null : answers.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        if (!permits.tryAcquire(limits.queueWait().toNanos(), TimeUnit.NANOSECONDS)) {
            throw new ApiException(429, "too_many_requests", "the server is computing " + limits.heavyPermits()
                    + " heavy answers already; try again shortly").retryAfter(limits.retryAfterSeconds());
        }
        Object meanwhile = key == null ? null : answers.getIfPresent(key); // computed while this one waited its turn
        if (meanwhile != null) {
            permits.release();
            return meanwhile;
        }
        CompletableFuture<Object> answer = new CompletableFuture<>();
        workers.execute(() -> {
            try {
                Object computed = work.call();
                if (key != null) {
                    answers.put(key, computed);
                }
                answer.complete(computed);
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            } finally {
                permits.release();
            }
        });
        try {
            return answer.get(limits.budget().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new ApiException(503, "timeout", "the answer takes longer than " + limits.budget().toSeconds()
                    + " s; it is still being computed and kept: try again shortly")
                    .retryAfter(limits.retryAfterSeconds());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Answers kept now. */
    long cached() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
