package org.bellwether.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bellwether.alerts.Alert;
import org.bellwether.alerts.AlertEngine;
import org.bellwether.alerts.AlertLog;
import org.bellwether.alerts.AlertRunner;
import org.bellwether.alerts.KafkaTopic;
import org.bellwether.alerts.feed.EventSource;
import org.bellwether.alerts.feed.FeedMessages;
import org.bellwether.alerts.feed.FeedSource;
import org.bellwether.alerts.feed.KafkaSource;
import org.bellwether.alerts.feed.ReplaySource;
import org.bellwether.alerts.feed.TailSource;
import org.bellwether.alerts.rules.Rule;
import org.bellwether.alerts.rules.RuleFile;
import org.bellwether.alerts.sink.AlertSink;
import org.bellwether.alerts.sink.JsonLinesSink;
import org.bellwether.alerts.sink.KafkaSink;
import org.bellwether.alerts.sink.WebhookSink;
import org.bellwether.core.calendar.NyseCalendar;
import org.bellwether.facts.MarketData;
import org.bellwether.server.AlertFeed;
import org.bellwether.server.ApiServer;
import org.bellwether.store.MarketStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bellwether alerts}: rules evaluated on every new bar, from a replay of the store or a live source. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        subcommands = {AlertsCommand.Replay.class, AlertsCommand.Run.class, AlertsCommand.Check.class,
            AlertsCommand.History.class},
        description = {"Alert rules (docs/alerts.md) evaluated on every new bar with the batch engine's definitions.",
            "Alerts go to the sinks as they fire and into the store's alert history, so a restart neither",
            "repeats nor loses one."})
final class AlertsCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Options shared by the commands that run rules. */
    static final class Running {
        @Option(names = "--rules", required = true, paramLabel = "FILE", description = "the rule file (YAML or JSON)")
        Path rules;

        @Option(names = "--sink", paramLabel = "SINK", description = {"where alerts go, repeatable: stdout (the "
                + "default), file:PATH (JSON lines), webhook:URL, kafka:HOST:PORT/TOPIC, sse (the dashboard's live",
            "feed; needs --serve)"})
        List<String> sinks = new ArrayList<>();

        @Option(names = "--serve", paramLabel = "PORT", description = "also serve the API, the dashboard, the live "
                + "alert feed and /api/v1/health on 127.0.0.1:PORT")
        Integer servePort;

        @Option(names = "--webhook-secret-file", paramLabel = "FILE", description = "a file whose first line is "
                + "the webhook's HMAC secret (default: $BELLWETHER_WEBHOOK_SECRET)")
        Path webhookSecretFile;

        @Option(names = "--webhook-attempts", defaultValue = "5", paramLabel = "N", description = "tries per alert "
                + "before the dead-letter file (default: ${DEFAULT-VALUE})")
        int webhookAttempts;

        @Option(names = "--dead-letters", defaultValue = "bellwether-dead-letters.jsonl", paramLabel = "FILE",
                description = "where alerts no sink could take go, each once (default: ${DEFAULT-VALUE})")
        Path deadLetters;

        @Option(names = "--no-history", description = "keep no alert history in the store (every run starts over)")
        boolean noHistory;
    }

    /** Runs the rules on {@code source} to its end or until Ctrl-C; prints a summary on stderr. */
    static int run(MarketStore store, Running options, List<Rule> rules, AlertEngine engine, EventSource source,
            CommandSpec spec) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<AlertSink> sinks = new ArrayList<>();
        AlertFeed feed = null;
        ApiServer server = null;
        AlertRunner[] runner = new AlertRunner[1];
        CountDownLatch finished = new CountDownLatch(1);
        try {
            for (String sink : options.sinks.isEmpty() ? List.of("stdout") : options.sinks) {
                if (sink.equals("sse")) {
                    if (options.servePort == null) {
                        throw new IllegalArgumentException("--sink sse needs --serve PORT");
                    }
                    continue;
                }
                sinks.add(sink(sink, options, spec.commandLine().getOut()));
            }
            if (options.servePort != null) {
                feed = new AlertFeed(() -> counts(runner[0], engine));
                sinks.add(feed);
                server = ApiServer.start(store, "127.0.0.1", options.servePort, null, feed);
                err.println("bellwether: serving the dashboard, the live alert feed (" + server.url()
                        + "api/v1/alerts/stream) and " + server.url() + "api/v1/health");
                err.flush();
            }
            runner[0] = new AlertRunner(engine, options.noHistory ? null : new AlertLog(store), sinks,
                    options.deadLetters, message -> {
                        err.println("bellwether: " + message);
                        err.flush();
                    });
            Thread stop = new Thread(() -> { // Ctrl-C: stop the source, then let the sinks and the server close
                source.close();
                try {
                    finished.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bellwether-alerts-shutdown");
            Runtime.getRuntime().addShutdownHook(stop);
            runner[0].run(source);
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the finally below
            }
            err.println("bellwether: " + rules.size() + " rules, " + runner[0].events() + " events, "
                    + runner[0].fired() + " alerts" + (runner[0].skipped() > 0 ? ", " + runner[0].skipped()
                    + " delivered by an earlier run" : ""));
            err.flush();
            return 0;
        } finally {
            if (server != null) {
                server.close();
            }
            for (AlertSink sink : sinks) {
                sink.close();
            }
            finished.countDown();
        }
    }

    private static Map<String, Object> counts(AlertRunner runner, AlertEngine engine) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("events", runner == null ? 0 : runner.events());
        counts.put("alerts", runner == null ? 0 : runner.fired());
        counts.put("out_of_order_bars", engine.outOfOrder());
        return counts;
    }

    private static AlertSink sink(String spec, Running options, PrintWriter out) throws IOException {
        if (spec.equals("stdout")) {
            return JsonLinesSink.to(out);
        }
        if (spec.startsWith("file:")) {
            return JsonLinesSink.append(Path.of(spec.substring(5)));
        }
        if (spec.startsWith("webhook:")) {
            String secret = Secrets.read(options.webhookSecretFile, "--webhook-secret-file",
                    "BELLWETHER_WEBHOOK_SECRET");
            return new WebhookSink(URI.create(spec.substring(8)), secret, options.webhookAttempts,
                    Duration.ofMillis(500));
        }
        if (spec.startsWith("kafka:")) {
            return new KafkaSink(KafkaTopic.parse(spec));
        }
        throw new IllegalArgumentException("--sink must be stdout, file:PATH, webhook:URL, kafka:HOST:PORT/TOPIC or "
                + "sse, but was " + spec);
    }

    /** {@code bellwether alerts replay}. */
    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Replay the store through the rules: history before --from warms the rules up, alerts fire",
                "from --from to --to. Index members (members_of) are those of --to."})
    static final class Replay implements Callable<Integer> {
        @ParentCommand
        private AlertsCommand alerts;

        @Spec
        private CommandSpec spec;

        @Mixin
        private Running options;

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "the first day alerts fire")
        private LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "the last day")
        private LocalDate to;

        @Option(names = "--speed", defaultValue = "max", paramLabel = "60x|max", description = "times real time "
                + "(nights and weekends skipped), or max (default: ${DEFAULT-VALUE})")
        private String speed;

        @Override
        public Integer call() throws Exception {
            List<Rule> rules = RuleFile.read(options.rules);
            MarketStore store = alerts.main.store();
            MarketData data = new MarketData(store);
            AlertEngine engine = AlertEngine.forStore(rules, data, to);
            ReplaySource source = ReplaySource.forEngine(data, engine, from, to, speed(speed));
            return AlertsCommand.run(store, options, rules, engine, source, spec);
        }

        private static double speed(String speed) {
            if (speed.equals("max")) {
                return 0;
            }
            try {
                double times = Double.parseDouble(speed.endsWith("x") ? speed.substring(0, speed.length() - 1) : speed);
                if (times > 0) {
                    return times;
                }
            } catch (NumberFormatException e) {
                // the message below
            }
            throw new IllegalArgumentException("--speed must be max or a positive factor such as 60x, but was "
                    + speed);
        }
    }

    /** {@code bellwether alerts run}. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run the rules on a live source until Ctrl-C: tail:FILE (a CSV of bars or a .jsonl of feed",
                "messages being appended), ws://HOST/PATH or http://HOST/PATH (a feed of messages), or",
                "kafka:HOST:PORT/TOPIC. Rules warm up on the store's history first."})
    static final class Run implements Callable<Integer> {
        @ParentCommand
        private AlertsCommand alerts;

        @Spec
        private CommandSpec spec;

        @Mixin
        private Running options;

        @Option(names = "--source", required = true, paramLabel = "SOURCE", description = "tail:FILE, ws://..., "
                + "http://... or kafka:HOST:PORT/TOPIC")
        private String source;

        @Option(names = "--group", defaultValue = "bellwether-alerts", paramLabel = "ID", description = "with "
                + "kafka:, the consumer group whose offsets record what was evaluated (default: ${DEFAULT-VALUE})")
        private String group;

        @Option(names = "--once", description = "with tail:, stop at the end of the file instead of following it")
        private boolean once;

        @Override
        public Integer call() throws Exception {
            List<Rule> rules = RuleFile.read(options.rules);
            MarketStore store = alerts.main.store();
            MarketData data = new MarketData(store);
            LocalDate today = LocalDate.now(NyseCalendar.INSTANCE.zone());
            AlertEngine engine = AlertEngine.forStore(rules, data, today);
            PrintWriter err = spec.commandLine().getErr();
            EventSource live = source(err);
            if (store.exists()) { // warm up on the stored history, then go live
                ReplaySource history = ReplaySource.forEngine(data, engine, today, today, 0);
                engine.liveFrom(Long.MAX_VALUE);
                history.run(engine::on);
            }
            engine.liveFrom(Long.MIN_VALUE);
            return AlertsCommand.run(store, options, rules, engine, live, spec);
        }

        private EventSource source(PrintWriter err) {
            FeedMessages messages = new FeedMessages(NyseCalendar.INSTANCE);
            Consumer<String> warnings = message -> {
                err.println("bellwether: " + message);
                err.flush();
            };
            if (source.startsWith("tail:")) {
                return new TailSource(Path.of(source.substring(5)), messages, warnings, !once);
            }
            if (source.matches("(wss?|https?)://.*")) {
                return new FeedSource(URI.create(source), messages, warnings);
            }
            if (source.startsWith("kafka:")) {
                return new KafkaSource(KafkaTopic.parse(source), group, messages, warnings);
            }
            throw new IllegalArgumentException("--source must be tail:FILE, ws://..., http://... or "
                    + "kafka:HOST:PORT/TOPIC, but was " + source);
        }
    }

    /** {@code bellwether alerts check}. */
    @Command(name = "check", mixinStandardHelpOptions = true, description = "Check a rule file and list its rules.")
    static final class Check implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--rules", required = true, paramLabel = "FILE", description = "the rule file")
        private Path rules;

        @Override
        public Integer call() {
            List<List<String>> rows = new ArrayList<>();
            for (Rule rule : RuleFile.read(rules)) {
                rows.add(List.of(rule.id(), rule.condition().type(), rule.membersOf() != null ? "members of "
                        + rule.membersOf() : String.join(",", rule.symbols()), rule.severity().name().toLowerCase(
                        Locale.ROOT), rule.cooldown().isZero() ? "-"
                        : rule.cooldown().toString().substring(2).toLowerCase(Locale.ROOT)));
            }
            Output.table(spec.commandLine().getOut(), List.of("ID", "TYPE", "ON", "SEVERITY", "COOLDOWN"), rows);
            return 0;
        }
    }

    /** {@code bellwether alerts history}. */
    @Command(name = "history", mixinStandardHelpOptions = true, description = "The latest alerts in the store.")
    static final class History implements Callable<Integer> {
        @ParentCommand
        private AlertsCommand alerts;

        @Spec
        private CommandSpec spec;

        @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "how many (default: "
                + "${DEFAULT-VALUE})")
        private int limit;

        @Option(names = "--json", description = "print the result as one JSON document")
        private boolean json;

        @Override
        public Integer call() {
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be at least 1, but was " + limit);
            }
            List<Alert> latest = new AlertLog(alerts.main.store()).latest(limit);
            if (json) {
                Output.json(spec.commandLine().getOut(), Map.of("alerts", latest));
                return 0;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Alert alert : latest) {
                rows.add(List.of(alert.at().toString(), alert.severity(), alert.rule(), alert.note()));
            }
            Output.table(spec.commandLine().getOut(), List.of("AT", "SEVERITY", "RULE", "NOTE"), rows);
            return 0;
        }
    }
}
