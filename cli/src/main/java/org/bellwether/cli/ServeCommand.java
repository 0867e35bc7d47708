package org.bellwether.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bellwether.server.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bellwether serve}: the REST API and the dashboard, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API (/api/v1, described at /api/v1/openapi.json) and the dashboard (/) on the",
            "store. Binds 127.0.0.1 unless --host says otherwise; any other address needs a token (--token or",
            "BELLWETHER_TOKEN) that every API request sends as Authorization: Bearer TOKEN. Ctrl-C stops it,",
            "finishing the requests under way."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "the port (default: "
            + "${DEFAULT-VALUE}; 0 picks a free one)")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "the address to bind (default: ${DEFAULT-VALUE})")
    private String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "the token requests must send (default: "
            + "$BELLWETHER_TOKEN)")
    private String token;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, but was " + port);
        }
        String required = token != null ? token : System.getenv("BELLWETHER_TOKEN");
        ApiServer server = ApiServer.start(main.store(), host, port, required == null || required.isEmpty() ? null
                : required);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "bellwether-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Bellwether serves " + main.store().file() + " at " + server.url());
        out.println("  API: " + server.url() + "api/v1 (OpenAPI: " + server.url() + "api/v1/openapi.json)"
                + (required == null ? "" : "; send Authorization: Bearer TOKEN"));
        out.println("  Ctrl-C stops it.");
        out.flush();
        stopped.await();
        return 0;
    }
}
