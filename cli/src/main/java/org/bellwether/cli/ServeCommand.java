package org.bellwether.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bellwether.server.AlertFeed;
import org.bellwether.server.ApiServer;
import org.bellwether.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bellwether serve}: the REST API and the dashboard, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API (/api/v1, described at /api/v1/openapi.json) and the dashboard (/) on the",
            "store. Binds 127.0.0.1 unless --host says otherwise; any other address needs a token (the first line",
            "of --token-file, or BELLWETHER_TOKEN) that every API request sends as Authorization: Bearer TOKEN.",
            "--tls-keystore serves HTTPS. Ctrl-C stops it, finishing the requests under way."})
final class ServeCommand implements Callable<Integer> {

    /** The environment variable holding the token when no --token-file is given. */
    static final String TOKEN_VARIABLE = "BELLWETHER_TOKEN";

    /** The environment variable holding the keystore's password when no --tls-password-file is given. */
    static final String TLS_PASSWORD_VARIABLE = "BELLWETHER_TLS_PASSWORD";

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

    @Option(names = "--token-file", paramLabel = "FILE", description = "a file whose first line is the token "
            + "requests must send (default: $" + TOKEN_VARIABLE + "); a file, so that the token is not shown by ps")
    private Path tokenFile;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "serve HTTPS with the certificate and key "
            + "of this PKCS#12 or JKS keystore")
    private Path keystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE", description = "a file whose first line is the "
            + "keystore's password (default: $" + TLS_PASSWORD_VARIABLE + ")")
    private Path keystorePasswordFile;

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, but was " + port);
        }
        String token = Secrets.read(tokenFile, "--token-file", TOKEN_VARIABLE);
        ServerOptions options = ServerOptions.of(host, port, token);
        if (keystore != null) {
            String password = Secrets.read(keystorePasswordFile, "--tls-password-file", TLS_PASSWORD_VARIABLE);
            options = options.withTls(new ServerOptions.Tls(keystore, password == null ? "" : password));
        }
        ApiServer server = ApiServer.start(main.store(), options, new AlertFeed(null));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "bellwether-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Bellwether serves " + main.store().file() + " at " + server.url());
        out.println("  API: " + server.url() + "api/v1 (OpenAPI: " + server.url() + "api/v1/openapi.json)"
                + (token == null ? "" : "; send Authorization: Bearer TOKEN"));
        out.println("  Ctrl-C stops it.");
        out.flush();
        stopped.await();
        return 0;
    }
}
