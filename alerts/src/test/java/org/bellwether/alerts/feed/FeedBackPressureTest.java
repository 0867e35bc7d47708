package org.bellwether.alerts.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bellwether.alerts.Eventually;
import org.bellwether.core.calendar.NyseCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A feed's inbox is bounded: a burst far larger than it, sent while the engine is stuck on the first message, arrives
 * whole and in order once the engine goes on (the reader waited, nothing dropped), and the end of the connection after
 * it is seen at once, not after the idle timeout.
 */
class FeedBackPressureTest {

    private static final FeedMessages MESSAGES = new FeedMessages(NyseCalendar.INSTANCE);
    private static final int BURST = 200;
    private static final int INBOX = 2;
    private static final LocalDateTime FIRST = LocalDateTime.of(2026, 1, 21, 10, 0);

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final CountDownLatch end = new CountDownLatch(1);
    private Javalin server;

    @AfterEach
    void stop() {
        end.countDown();
        if (server != null) {
            server.stop();
        }
    }

    /** The {@code i}-th bar of the burst: one a minute from 10:00 New York time. */
    private static String bar(int i) {
        return "{\"type\":\"bar\",\"symbol\":\"RUT\",\"interval\":\"1m\",\"time\":\""
                + FIRST.plusMinutes(i).atZone(ZoneId.of("America/New_York")).toOffsetDateTime()
                + "\",\"close\":" + (2400 + i) + "}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "ws"})
    void a_burst_larger_than_the_inbox_waits_for_the_engine_and_arrives_whole(String scheme) throws Exception {
        AtomicInteger connections = new AtomicInteger();
        CountDownLatch sent = new CountDownLatch(1);
        server = Javalin.create(config -> {
            config.routes.get("/feed", ctx -> { // the burst, then the connection closed; later ones stay silent
                ctx.contentType("application/x-ndjson");
                OutputStream out = ctx.res().getOutputStream();
                if (connections.incrementAndGet() == 1) {
                    for (int i = 0; i < BURST; i++) {
                        out.write((bar(i) + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                    out.flush();
                    sent.countDown();
                    return;
                }
                out.flush();
                end.await(30, TimeUnit.SECONDS);
            });
            config.routes.ws("/feed", ws -> ws.onConnect(ctx -> {
                if (connections.incrementAndGet() == 1) {
                    for (int i = 0; i < BURST; i++) {
                        ctx.send(bar(i));
                    }
                    sent.countDown();
                    ctx.closeSession();
                }
            }));
        }).start("127.0.0.1", 0);
        FeedSource source = new FeedSource(URI.create(scheme + "://127.0.0.1:" + server.port() + "/feed"), MESSAGES,
                warnings::add, FeedSource.DEFAULT_IDLE_TIMEOUT, INBOX);
        CountDownLatch engineStuck = new CountDownLatch(1);
        BlockingQueue<Bar> bars = new LinkedBlockingQueue<>();
        AtomicInteger evaluated = new AtomicInteger();
        Thread running = Thread.ofVirtual().start(() -> {
            try {
                source.run(event -> {
                    if (evaluated.getAndIncrement() == 0) {
                        awaitQuietly(engineStuck); // the engine stuck on the first message
                    }
                    bars.add((Bar) event);
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(sent.await(20, TimeUnit.SECONDS)).as("the server sent the whole burst").isTrue();
            engineStuck.countDown();
            List<Double> closes = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                Bar bar = bars.poll(20, TimeUnit.SECONDS);
                assertThat(bar).as("bar " + i).isNotNull();
                closes.add(bar.close());
            }
            assertThat(closes).as("every bar, in order, once").isEqualTo(expectedCloses());
            assertThat(Eventually.holds(() -> source.connections() >= 2))
                    .as("the closed connection seen at once, not after the idle timeout").isTrue();
            assertThat(bars).as("nothing after the burst").isEmpty();
            assertThat(source.malformed()).isZero();
        } finally {
            source.close();
            running.join(10_000);
        }
    }

    private static List<Double> expectedCloses() {
        List<Double> closes = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            closes.add(2400.0 + i);
        }
        return closes;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
