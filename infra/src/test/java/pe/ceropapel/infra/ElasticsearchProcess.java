package pe.ceropapel.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import pe.ceropapel.infra.embedded.EmbeddedElasticsearch;

/**
 * An Elasticsearch node in a JVM of its own, standing for an external cluster that an operator (or
 * a crash) stops and starts again on the same data while the application keeps running.
 */
final class ElasticsearchProcess implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(2);

    private final Process process;

    private ElasticsearchProcess(Process process) {
        this.process = process;
    }

    /** Runs a node with its data under {@code home} on {@code port}; returns once it answers. */
    static ElasticsearchProcess start(Path home, int port, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ApplicationProcess.java(ElasticsearchProcess.class, home.toString(),
                String.valueOf(port)))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_cluster/health"))
                .timeout(Duration.ofSeconds(5)).build();
        if (ApplicationProcess.answers(process, health, body -> true, STARTUP_LIMIT)) {
            return new ElasticsearchProcess(process);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("Elasticsearch did not start; see " + log);
    }

    /** Stops the node abruptly, as a crash or {@code kill -9} would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The node's JVM: {@code home port}. */
    public static void main(String[] arguments) throws InterruptedException {
        Path home = Path.of(arguments[0]);
        EmbeddedElasticsearch.start(home, home.resolve("data"), Integer.parseInt(arguments[1]));
        Thread.currentThread().join();
    }
}
