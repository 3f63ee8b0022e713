package pe.ceropapel.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The application started as a separate JVM, as a person or a service manager would start it, so
 * that a test can stop it (gracefully or with {@code kill -9}) and start it again on the same data.
 */
final class ApplicationProcess implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Duration startup;

    private ApplicationProcess(Process process, int port, Duration startup) {
        this.process = process;
        this.port = port;
        this.startup = startup;
    }

    /** Starts the application and returns once {@code /actuator/health} answers UP. */
    static ApplicationProcess start(Path dataDir, int port, Path log, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = command(dataDir, port, arguments);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        ApplicationProcess application = new ApplicationProcess(process, port, null);
        application.awaitHealthy(log);
        return new ApplicationProcess(process, port, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * A free port for the application's web server, outside the range the operating system hands out
     * for "any free port": the embedded engines that the started application chooses that way can
     * then never take it between this choice and the server's start.
     */
    static int webPort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 30_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 30000");
    }

    URI uri(String path) {
        return URI.create(url() + path);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** How long the start took, from launching the JVM to health UP. */
    Duration startup() {
        return startup;
    }

    private static List<String> command(Path dataDir, int port, String... arguments) {
        List<String> command = java(CeroPapelApplication.class, "--server.port=" + port, "--ceropapel.data-dir=" + dataDir,
                // the development PKI's time-stamps and revocation data are served at this address
                "--ceropapel.signature.public-url=http://127.0.0.1:" + port);
        command.addAll(List.of(arguments));
        return command;
    }

    /** The command that runs {@code mainClass} of the test class path in a JVM of its own. */
    static List<String> java(Class<?> mainClass, String... arguments) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classpath, mainClass.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** Sends SIGTERM and waits for a clean exit. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the application did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** Sends SIGKILL, as a crash or an operator's {@code kill -9} would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy(Path log) throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        if (!answers(process, health, body -> body.contains("\"UP\""), STARTUP_LIMIT)) {
            String why = process.isAlive() ? "was not healthy within " + STARTUP_LIMIT
                    : "exited with " + process.exitValue();
            process.destroyForcibly();
            throw new IllegalStateException("the application " + why + "; see " + log);
        }
    }

    /**
     * Waits until {@code probe} answers 200 with a body that {@code ready} accepts; false when the
     * process ends or {@code limit} passes first.
     */
    static boolean answers(Process process, HttpRequest probe, Predicate<String> ready, Duration limit)
            throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> response = client.send(probe, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && ready.test(response.body())) {
                    return true;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        return false;
    }
}
