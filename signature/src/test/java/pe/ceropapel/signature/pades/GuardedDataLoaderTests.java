package pe.ceropapel.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The links in certificates lead only where the fetch policy allows, and an answer is read only so far. */
class GuardedDataLoaderTests {

    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong bytesSent = new AtomicLong();
    private String base;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        base = "http://127.0.0.1:" + listener.getLocalPort();
        Thread server = new Thread(this::answerEndlessly, "endless-answers");
        server.setDaemon(true);
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        listener.close();
    }

    @Test
    void shouldNotConnectToLoopbackAddressesThatAreNotTrusted() {
        GuardedDataLoader loader = new GuardedDataLoader(FetchPolicy.defaults(), false, null);

        for (String url : new String[]{base + "/issuing.crl", "http://localhost:" + listener.getLocalPort() + "/x",
                "http://[::1]:" + listener.getLocalPort() + "/x", "http://0.0.0.0:" + listener.getLocalPort() + "/x"}) {
            assertThatThrownBy(() -> loader.get(url)).as(url).isInstanceOf(DSSExternalResourceException.class);
        }
        assertThatThrownBy(() -> loader.post(base + "/ocsp", new byte[]{1, 2, 3}))
                .isInstanceOf(DSSExternalResourceException.class);
        assertThat(connections).hasValue(0);
    }

    @Test
    void shouldNeverOpenFileFtpOrLdapLinksNotEvenAFifoOrDevZero() throws Exception {
        Path fifo = Files.createTempDirectory(Path.of("target"), "fifo").resolve("crl");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        GuardedDataLoader loader = new GuardedDataLoader(FetchPolicy.defaults(), false, null);

        // opening the FIFO for reading would block until a writer comes: none ever does
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String url : new String[]{fifo.toUri().toString(), "file:///dev/zero", "ftp://127.0.0.1/x.crl",
                    "ldap://127.0.0.1/cn=x?certificateRevocationList;binary", "jar:file:///dev/zero!/x"}) {
                assertThatThrownBy(() -> loader.get(url)).as(url).isInstanceOf(DSSExternalResourceException.class);
            }
        });
    }

    @Test
    void shouldCutOffAnEndlessAnswerEvenFromATrustedServer() {
        FetchPolicy policy = FetchPolicy.defaults().trusting(base + "/");
        GuardedDataLoader loader = new GuardedDataLoader(new FetchPolicy(policy.trustedUrls(), 64 * 1024,
                policy.connectTimeout(), policy.readTimeout(), policy.totalTimeout()), false, null);

        assertThatThrownBy(() -> loader.get(base + "/dev-zero.crl")).isInstanceOf(DSSExternalResourceException.class);
        assertThat(connections).hasValue(1);
    }

    @Test
    void shouldFetchCaCertificatesOnlyUnderTheTrustedUrls() {
        GuardedDataLoader loader = new GuardedDataLoader(FetchPolicy.defaults().trusting(base + "/pki/"), true, null);

        assertThatThrownBy(() -> loader.get(base + "/elsewhere/ca.crt")).isInstanceOf(DSSExternalResourceException.class);
        assertThatThrownBy(() -> loader.get(base + "/pki/../elsewhere/ca.crt"))
                .isInstanceOf(DSSExternalResourceException.class);
        assertThat(connections).hasValue(0);
    }

    /** Answers every connection with a body of zeros that never ends, until the client hangs up. */
    private void answerEndlessly() {
        while (!listener.isClosed()) {
            try (Socket socket = listener.accept()) {
                connections.incrementAndGet();
                OutputStream out = socket.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/pkix-crl\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] zeros = new byte[8192];
                while (bytesSent.addAndGet(zeros.length) < Long.MAX_VALUE) {
                    out.write(zeros);
                }
            } catch (IOException hungUp) {
                // the client closed the connection, or the listener is closed
            }
        }
    }
}
