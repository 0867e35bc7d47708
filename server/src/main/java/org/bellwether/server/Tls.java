package org.bellwether.server;

import java.nio.file.Files;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The HTTPS connector: the keystore's certificate, TLS 1.2 and later (Jetty's default protocols and ciphers). */
final class Tls {

    private Tls() {
    }

    static Connector connector(Server server, HttpConfiguration http, ServerOptions options) {
        ServerOptions.Tls tls = options.tls();
        if (!Files.isReadable(tls.keystore())) {
            throw new IllegalArgumentException("--tls-keystore " + tls.keystore() + " cannot be read: give a PKCS#12 "
                    + "or JKS keystore with the server's certificate and key");
        }
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keystore().toString());
        ssl.setKeyStorePassword(tls.password());
        // the certificate's names are the client's to check; the server answers whatever name it was reached by
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server, ssl, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        return connector;
    }
}
