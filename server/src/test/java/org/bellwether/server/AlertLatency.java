package org.bellwether.server;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bellwether.alerts.AlertEngine;
import org.bellwether.alerts.AlertLog;
import org.bellwether.alerts.AlertRunner;
import org.bellwether.alerts.feed.ReplaySource;
import org.bellwether.alerts.rules.Rule;
import org.bellwether.alerts.rules.RuleFile;
import org.bellwether.alerts.sink.AlertSink;
import org.bellwether.facts.MarketData;
import org.bellwether.store.MarketStore;

/**
 * Bar-in to alert-out latency through the dashboard's live feed: replays a store at full speed through rules, with a
 * running server and one SSE client in the same process, and times each alert from the moment the bar that fired it
 * entered the engine to the moment the client read its event. Prints p50, p99 and max, with the alert history in the
 * store (the real path: record, deliver, mark) or without ({@code --no-history}).
 *
 * <p>A whole-process measurement, not a test: it lives beside the server it measures so that the benchmarks do not
 * depend on the server.
 *
 * <pre>bench/alert-latency.sh STORE RULES FROM TO [--no-history]</pre>
 */
public final class AlertLatency {

    private AlertLatency() {
    }

    public static void main(String[] args) throws Exception {
        MarketStore store = MarketStore.at(Path.of(args[0]));
        List<Rule> rules = RuleFile.read(Path.of(args[1]));
        LocalDate from = LocalDate.parse(args[2]);
        LocalDate to = LocalDate.parse(args[3]);
        boolean history = !Arrays.asList(args).contains("--no-history");
        MarketData data = new MarketData(store);
        AlertEngine engine = AlertEngine.forStore(rules, data, to);
        ReplaySource replay = ReplaySource.forEngine(data, engine, from, to, 0);

        Map<String, Long> barIn = new ConcurrentHashMap<>();
        Map<String, Long> received = new ConcurrentHashMap<>();
        long[] currentBar = new long[1];
        AlertSink stamp = alert -> barIn.put(alert.key(), currentBar[0]);
        AlertFeed feed = new AlertFeed(null);
        try (ApiServer server = ApiServer.start(store, "127.0.0.1", 0, null, feed)) {
            CountDownLatch connected = new CountDownLatch(1);
            HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.url().resolve("api/v1/alerts/stream")).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            Thread.ofPlatform().daemon().start(() -> stream.body().forEach(line -> {
                long now = System.nanoTime();
                if (line.startsWith("id: ")) {
                    received.put(line.substring(4), now);
                } else if (line.startsWith(":")) {
                    connected.countDown();
                }
            }));
            connected.await(10, TimeUnit.SECONDS);
            AlertRunner runner = new AlertRunner(engine, history ? new AlertLog(store) : null, List.of(stamp, feed),
                    System.err::println);
            long start = System.nanoTime();
            replay.run(event -> {
                currentBar[0] = System.nanoTime();
                runner.accept(event);
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (received.size() < barIn.size() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            List<Double> millis = new ArrayList<>();
            barIn.forEach((key, in) -> {
                Long out = received.get(key);
                if (out != null) {
                    millis.add((out - in) / 1e6);
                }
            });
            millis.sort(null);
            System.out.printf(Locale.ROOT, "%d events in %.2f s (%.0f events/s), %d alerts, %d received over SSE; "
                    + "bar-in to SSE-out: p50 %.3f ms, p99 %.3f ms, max %.3f ms (history %s)%n", runner.events(),
                    seconds, runner.events() / seconds, barIn.size(), millis.size(), percentile(millis, 0.5),
                    percentile(millis, 0.99), millis.isEmpty() ? Double.NaN : millis.getLast(), history ? "on" : "off");
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1,
                Math.ceil(p * sorted.size()) - 1));
    }
}
