package pe.ceropapel.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.EmbeddedNode;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A single-node Elasticsearch running inside this JVM, reachable over HTTP on the loopback address. */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final TimeValue STARTUP_TIMEOUT = TimeValue.timeValueSeconds(60);
    private static final long CLOSE_TIMEOUT_SECONDS = 30;

    private final Node node;
    private final URI httpUri;

    private EmbeddedElasticsearch(Node node, URI httpUri) {
        this.node = node;
        this.httpUri = httpUri;
    }

    /**
     * Starts a node and waits until the cluster is at least yellow.
     *
     * @param homeDir  Elasticsearch's {@code path.home}; its {@code config} directory is created if missing
     * @param dataDir  where indices are stored
     * @param httpPort the HTTP port, or 0 to pick a free one
     */
    public static EmbeddedElasticsearch start(Path homeDir, Path dataDir, int httpPort) {
        // Elasticsearch fixes Netty's processor count once per JVM and fails if any other Netty user
        // (or an earlier embedded node) got there first; Netty's own default is fine here.
        if (System.getProperty("es.set.netty.runtime.available.processors") == null) {
            System.setProperty("es.set.netty.runtime.available.processors", "false");
        }
        Path home = homeDir.toAbsolutePath();
        Path configDir = home.resolve("config");
        try {
            Files.createDirectories(configDir);
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Elasticsearch directories under " + home, e);
        }
        Settings settings = Settings.builder()
                .put("node.name", "ceropapel-embedded")
                .put("cluster.name", "ceropapel")
                .put("path.home", home.toString())
                .put("path.data", dataDir.toAbsolutePath().toString())
                .put("discovery.type", "single-node")
                .put("network.host", LOOPBACK)
                .put("http.port", FreePort.orFree(httpPort))
                .put("transport.port", FreePort.orFree(0))
                .put("http.type", Netty4Plugin.NETTY_HTTP_TRANSPORT_NAME)
                .put("transport.type", Netty4Plugin.NETTY_TRANSPORT_NAME)
                // a development disk may be nearly full; do not refuse to allocate shards because of it
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // the heap is shared with the application: trip breakers on tracked usage, not total heap use
                .put("indices.breaker.total.use_real_memory", false)
                .build();

        Node node = new EmbeddedNode(settings, configDir, List.of(Netty4Plugin.class, SpanishAnalysisPlugin.class));
        try {
            node.start();
            awaitYellow(node);
            int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
            URI uri = URI.create("http://" + LOOPBACK + ":" + port);
            log.info("Embedded Elasticsearch is up at {} (data in {})", uri, dataDir);
            return new EmbeddedElasticsearch(node, uri);
        } catch (NodeValidationException | RuntimeException e) {
            closeQuietly(node);
            throw new IllegalStateException("embedded Elasticsearch did not start", e);
        }
    }

    /** The base URI of the HTTP API, such as {@code http://127.0.0.1:9200}. */
    public URI httpUri() {
        return httpUri;
    }

    @Override
    public void close() {
        log.info("Stopping embedded Elasticsearch");
        try {
            node.close();
            if (!node.awaitClose(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("Embedded Elasticsearch did not stop within {} s", CLOSE_TIMEOUT_SECONDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop embedded Elasticsearch", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitYellow(Node node) {
        ClusterHealthResponse health = node.client().admin().cluster()
                .prepareHealth(STARTUP_TIMEOUT)
                .setWaitForYellowStatus()
                .setTimeout(STARTUP_TIMEOUT)
                .get(STARTUP_TIMEOUT);
        if (health.isTimedOut()) {
            throw new IllegalStateException("cluster still " + health.getStatus() + " after " + STARTUP_TIMEOUT);
        }
    }

    private static void closeQuietly(Node node) {
        try {
            node.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not close the Elasticsearch node that failed to start", e);
        }
    }
}
