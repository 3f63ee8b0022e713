package pe.ceropapel.infra.embedded;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pe.ceropapel.storage.S3Endpoint;

/**
 * An S3-compatible server (s3proxy on its filesystem backend) on 127.0.0.1, reached through HTTP like
 * MinIO in production. Credentials are random for each start. The backend does not fsync: objects
 * survive a process crash but not an operating-system crash; every read verifies the SHA-256.
 */
public final class EmbeddedS3Server implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedS3Server.class);
    /** Accept single-part PUTs up to this size (the MinIO client switches to multipart well below). */
    private static final long MAX_NON_CHUNKED_REQUEST = 512L * 1024 * 1024;

    private final S3Proxy proxy;
    private final S3Endpoint endpoint;

    private EmbeddedS3Server(S3Proxy proxy, S3Endpoint endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    public static EmbeddedS3Server start(Path directory, int port, String bucket) throws Exception {
        Files.createDirectories(directory);
        int chosenPort = FreePort.orFree(port);
        String accessKey = "ceropapel-" + randomHex(4);
        String secretKey = randomHex(24);
        URI uri = URI.create("http://127.0.0.1:" + chosenPort);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(directory.toAbsolutePath().toString()))
                .endpoint(uri)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .v4MaxNonChunkedRequestSize(MAX_NON_CHUNKED_REQUEST)
                .build();
        proxy.start();
        log.info("Embedded S3 server listening on {} with data in {}", uri, directory);
        return new EmbeddedS3Server(proxy, new S3Endpoint(uri.toString(), accessKey, secretKey, bucket));
    }

    public S3Endpoint endpoint() {
        return endpoint;
    }

    /** Stops serving, keeping the data, as a crashed or restarted S3 server would be unreachable. */
    public void stop() throws Exception {
        proxy.stop();
        log.info("Embedded S3 server stopped; its data is kept");
    }

    /** Serves again after {@link #stop()}, on the same address with the same data. */
    public void startAgain() throws Exception {
        proxy.start();
        log.info("Embedded S3 server listening again on {}", endpoint.url());
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        log.info("Embedded S3 server stopped");
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
