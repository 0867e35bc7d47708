package org.bellwether.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bellwether.fetch.Edgar;
import org.bellwether.fetch.FetchContext;
import org.bellwether.fetch.FetchException;
import org.bellwether.fetch.Fetched;
import org.bellwether.fetch.Fred;
import org.bellwether.fetch.HttpSource;
import org.bellwether.fetch.IShares;
import org.bellwether.fetch.RetryPolicy;
import org.bellwether.fetch.Stooq;
import org.bellwether.fetch.Yahoo;
import org.bellwether.ingest.BadInputException;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bellwether fetch SOURCE ITEM...}: gets data from a public source and imports it as {@code import} would,
 * each item in its own transaction, logged with its URL and retrieval time.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetch data from a public source and import it (same checks, idempotence and import log as",
            "'import'; the log keeps the URL, without API keys, and when it was retrieved). Answers are cached",
            "and revalidated; failures are retried with backoff, honouring Retry-After."},
        subcommands = {FetchCommand.FredCommand.class, FetchCommand.StooqCommand.class, FetchCommand.YahooCommand.class,
            FetchCommand.EdgarCommand.class, FetchCommand.ISharesCommand.class})
final class FetchCommand {

    @ParentCommand
    private Main main;

    /** Options every fetch takes. */
    static final class Common {
        @Option(names = "--base-url", paramLabel = "URL", description = "the source's base URL, e.g. a mirror's "
                + "(the path and query after it are the source's own)")
        String baseUrl;

        @Option(names = "--cache", paramLabel = "DIR", description = "where answers are cached (default: "
                + "$XDG_CACHE_HOME/bellwether or ~/.cache/bellwether)")
        Path cache;

        @Option(names = "--tries", paramLabel = "N", defaultValue = "4", description = "tries per request before "
                + "giving up (default: ${DEFAULT-VALUE})")
        int tries;

        @Option(names = "--skip-bad-rows", description = "store the good rows and set the bad ones aside (default: "
                + "reject the whole answer)")
        boolean skipBadRows;

        @Option(names = "--json", description = "print the result as one JSON document")
        boolean json;

        Path cacheDir() {
            if (cache != null) {
                return cache;
            }
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"),
                    ".cache");
            return root.resolve("bellwether");
        }
    }

    /** What every fetch subcommand shares: the common options and fetching each item with a progress bar. */
    abstract static class Subcommand implements Callable<Integer> {
        @ParentCommand
        private FetchCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        Common common = new Common();

        /** The items asked for. */
        abstract List<String> items();

        /** The source's name for the cache folder and the progress bar. */
        abstract String source();

        /** The source's own base URL. */
        abstract String defaultBase();

        /** The source's request-rate limit. */
        abstract int requestsPerSecond();

        /** The User-Agent sent. */
        String userAgent() {
            return "Bellwether/" + version() + " (market data; https://github.com/bellwether)";
        }

        /** Checks the options before any request; nothing by default. */
        void check() {
        }

        /** Fetches one item. */
        abstract Fetched fetch(FetchContext context, String item);

        /** A line for stderr before the fetch; none by default. */
        String notice() {
            return null;
        }

        FetchContext context(String base) {
            String url = common.baseUrl != null ? common.baseUrl : base;
            RetryPolicy policy = new RetryPolicy(Math.max(1, common.tries), RetryPolicy.DEFAULT.firstWait(),
                    RetryPolicy.DEFAULT.longestWait(), RetryPolicy.DEFAULT.tryTimeout());
            HttpSource http = new HttpSource(common.cacheDir().resolve(source()), userAgent(), policy,
                    requestsPerSecond(), Clock.systemUTC());
            return new FetchContext(http, url, parent.main.store(), ImportProgress.NONE, common.skipBadRows);
        }

        @Override
        public Integer call() {
            check();
            if (notice() != null) {
                spec.commandLine().getErr().println("bellwether: " + notice());
            }
            return parent.run(this, context(defaultBase()));
        }
    }

    private static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** Fetches every item, going on past failures, and prints what each changed; exit 1 when any failed. */
    int run(Subcommand command, FetchContext context) {
        PrintWriter out = command.spec.commandLine().getOut();
        PrintWriter err = command.spec.commandLine().getErr();
        List<Fetched> done = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        try (ProgressBar bar = progress(command.source(), command.items().size())) {
            for (String item : command.items()) {
                try {
                    Fetched fetched = command.fetch(context, item);
                    done.add(fetched);
                    if (!command.common.json) {
                        print(out, fetched);
                    }
                } catch (FetchException | BadInputException e) {
                    failed.put(item, e.getMessage());
                    err.println("bellwether: " + item + ": " + e.getMessage());
                }
                if (bar != null) {
                    bar.step();
                }
            }
        }
        if (command.common.json) {
            Output.json(out, Map.of("fetched", done.stream().map(FetchCommand::toJson).toList(), "failed", failed));
        }
        out.flush();
        if (!failed.isEmpty() && !command.common.json) {
            err.println("bellwether: " + failed.size() + " of " + command.items().size() + " failed: "
                    + String.join(", ", failed.keySet()));
        }
        return failed.isEmpty() ? 0 : 1;
    }

    /** A bar over the items, on a terminal and for more than one item. */
    private static ProgressBar progress(String source, int items) {
        if (items < 2 || !Boolean.getBoolean("bellwether.progress")) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("fetch " + source).setInitialMax(items)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    private static void print(PrintWriter out, Fetched fetched) {
        String when = (fetched.revalidated() ? "unchanged since cached, confirmed " : "retrieved ")
                + fetched.retrievedAt();
        for (ImportReport report : fetched.imports()) {
            ImportCommand.printReport(out, fetched.url() + " [" + when + "]", report);
        }
    }

    private static Map<String, Object> toJson(Fetched fetched) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("item", fetched.item());
        json.put("url", fetched.url());
        json.put("retrieved_at", fetched.retrievedAt().toString());
        json.put("revalidated", fetched.revalidated());
        json.put("imports", fetched.imports().stream().map(ImportCommand::toJson).toList());
        return json;
    }

    private static String env(String given, String variable) {
        if (given != null) {
            return given;
        }
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Command(name = "fred", mixinStandardHelpOptions = true,
            description = {"Fetch FRED series (e.g. DGS10 T10Y2Y CPIAUCSL) into the macro table.",
                "Without an API key: FRED's graph CSV. With --api-key or FRED_API_KEY: the API, which also gives",
                "the series' unit and, with --vintages, every value ever published with the day it was."})
    static final class FredCommand extends Subcommand {
        @Parameters(paramLabel = "SERIES", arity = "1..*", description = "FRED series ids")
        List<String> series;

        @Option(names = "--api-key", paramLabel = "KEY", description = "a FRED API key (default: $FRED_API_KEY)")
        String apiKey;

        @Option(names = "--vintages", description = "every vintage (ALFRED): values as first published, with their "
                + "release dates (needs an API key)")
        boolean vintages;

        @Option(names = "--from", paramLabel = "DATE", description = "the first observation date (default: all)")
        LocalDate from;

        @Mixin
        private UnitOptions units = new UnitOptions();

        @Override
        List<String> items() {
            return series.stream().map(Validation::seriesId).toList();
        }

        @Override
        String source() {
            return "fred";
        }

        @Override
        String defaultBase() {
            return key() == null ? Fred.GRAPH_BASE : Fred.API_BASE;
        }

        @Override
        int requestsPerSecond() {
            return Fred.REQUESTS_PER_SECOND;
        }

        private String key() {
            return env(apiKey, "FRED_API_KEY");
        }

        @Override
        void check() {
            if (vintages && key() == null) {
                throw new IllegalArgumentException("--vintages needs FRED's API: pass --api-key KEY or set "
                        + "FRED_API_KEY (a free key: fredaccount.stlouisfed.org/apikeys)");
            }
        }

        @Override
        Fetched fetch(FetchContext context, String item) {
            return key() == null ? Fred.graph(context, item, from, units.units())
                    : Fred.api(context, item, key(), vintages, from, units.units());
        }
    }

    @Command(name = "stooq", mixinStandardHelpOptions = true,
            description = {"Fetch daily bars from Stooq (e.g. spy.us aapl.us ^spx), stored as SPY, AAPL, ^SPX.",
                "Stooq may answer with a bot check or ask for a key: that is reported, never imported."})
    static final class StooqCommand extends Subcommand {
        @Parameters(paramLabel = "TICKER", arity = "1..*", description = "Stooq tickers")
        List<String> tickers;

        @Option(names = "--api-key", paramLabel = "KEY", description = "a Stooq API key (default: $STOOQ_API_KEY)")
        String apiKey;

        @Option(names = "--symbol", paramLabel = "SYM", description = "the store's symbol for a single ticker "
                + "(default: the ticker without .us, upper case)")
        String symbol;

        @Override
        List<String> items() {
            return tickers;
        }

        @Override
        void check() {
            if (symbol != null && tickers.size() > 1) {
                throw new IllegalArgumentException("--symbol names the symbol of one ticker; fetch the others "
                        + "separately");
            }
        }

        @Override
        String source() {
            return "stooq";
        }

        @Override
        String defaultBase() {
            return Stooq.BASE;
        }

        @Override
        int requestsPerSecond() {
            return Stooq.REQUESTS_PER_SECOND;
        }

        @Override
        Fetched fetch(FetchContext context, String item) {
            return Stooq.daily(context, item, symbol == null ? null : Validation.symbol("--symbol", symbol),
                    env(apiKey, "STOOQ_API_KEY"));
        }
    }

    @Command(name = "yahoo", mixinStandardHelpOptions = true,
            description = {"Fetch daily bars with the adjusted close from Yahoo Finance's chart API (e.g. AAPL",
                "^GSPC SPY). Unofficial and undocumented: best effort; splits and dividends of the period are",
                "listed (the adjusted close reflects them)."})
    static final class YahooCommand extends Subcommand {
        @Parameters(paramLabel = "SYMBOL", arity = "1..*", description = "Yahoo symbols")
        List<String> symbols;

        @Option(names = "--from", paramLabel = "DATE", defaultValue = "1990-01-01",
                description = "the first day (default: ${DEFAULT-VALUE})")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "the last day (default: today)")
        LocalDate to;

        @Override
        List<String> items() {
            return symbols.stream().map(symbol -> Validation.symbol("SYMBOL", symbol)).toList();
        }

        @Override
        String source() {
            return "yahoo";
        }

        @Override
        String defaultBase() {
            return Yahoo.BASE;
        }

        @Override
        int requestsPerSecond() {
            return Yahoo.REQUESTS_PER_SECOND;
        }

        @Override
        String notice() {
            return "Yahoo's chart API is unofficial: its data may change or stop without notice";
        }

        @Override
        Fetched fetch(FetchContext context, String item) {
            Yahoo.Chart chart = Yahoo.daily(context, item, from, to == null ? LocalDate.now() : to);
            PrintWriter err = spec.commandLine().getErr();
            for (Yahoo.Action action : chart.actions()) {
                err.println("  " + item + " " + action.kind() + " " + action.date() + ": "
                        + (action.kind().equals("split") ? Output.number(action.value(), 4) + " for 1"
                                : Output.number(action.value(), 4) + " a share"));
            }
            return chart.fetched();
        }
    }

    @Command(name = "edgar", mixinStandardHelpOptions = true,
            description = {"Fetch companies' fundamentals from SEC EDGAR's XBRL API (companyfacts), each value",
                "with its filing date; by ticker (AAPL) or CIK (320193). EDGAR requires a User-Agent with a name",
                "and an e-mail address, and at most 10 requests a second."})
    static final class EdgarCommand extends Subcommand {
        @Parameters(paramLabel = "COMPANY", arity = "1..*", description = "tickers or CIKs")
        List<String> companies;

        @Option(names = "--user-agent", paramLabel = "TEXT", description = "who you are, e.g. \"Jane Doe "
                + "jane@example.com\" (default: $SEC_USER_AGENT)")
        String userAgentOption;

        /** Where the ticker list is fetched from (www.sec.gov, not data.sec.gov, unless --base-url says). */
        private FetchContext tickers;

        @Override
        List<String> items() {
            return companies;
        }

        @Override
        String source() {
            return "edgar";
        }

        @Override
        String defaultBase() {
            return Edgar.DATA_BASE;
        }

        @Override
        int requestsPerSecond() {
            return Edgar.REQUESTS_PER_SECOND;
        }

        @Override
        String userAgent() {
            return env(userAgentOption, "SEC_USER_AGENT");
        }

        @Override
        void check() {
            try {
                Edgar.checkUserAgent(userAgent());
            } catch (FetchException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        @Override
        Fetched fetch(FetchContext context, String item) {
            if (tickers == null) {
                tickers = context(Edgar.WWW_BASE);
            }
            return Edgar.companyFacts(context, tickers, item);
        }
    }

    @Command(name = "holdings", aliases = "ishares", mixinStandardHelpOptions = true,
            description = {"Fetch an ETF's holdings file as the fund's members, weighted, from the file's as-of date;",
                "equities only. The issuer is iShares (IWM, IVV, ...), whose holdings CSV this reads."})
    static final class ISharesCommand extends Subcommand {
        @Parameters(paramLabel = "FUND", arity = "1..*", description = "fund tickers")
        List<String> funds;

        @Option(names = "--product-id", paramLabel = "ID", description = "the fund's product id, the number in its "
                + "page's URL (built in for IWM, IVV, IWB, IWV, ITOT, IJH, IJR, IWF, IWD, IWR)")
        String productId;

        @Override
        List<String> items() {
            return funds.stream().map(fund -> Validation.symbol("FUND", fund)).toList();
        }

        @Override
        void check() {
            if (productId != null && funds.size() > 1) {
                throw new IllegalArgumentException("--product-id is the id of one fund; fetch the others separately");
            }
        }

        @Override
        String source() {
            return "ishares";
        }

        @Override
        String defaultBase() {
            return IShares.BASE;
        }

        @Override
        int requestsPerSecond() {
            return IShares.REQUESTS_PER_SECOND;
        }

        @Override
        Fetched fetch(FetchContext context, String item) {
            return IShares.holdings(context, item, productId);
        }
    }
}
