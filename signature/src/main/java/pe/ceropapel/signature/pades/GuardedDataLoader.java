package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.model.http.ResponseEnvelope;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.CommonsHttpClientResponseHandler;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.util.Timeout;

/**
 * DSS's HTTP data loader held to a {@link FetchPolicy}: http and https only (never {@code file:},
 * {@code ftp:} or {@code ldap:}), no redirects, and a host is connected to only at the addresses
 * checked when it was resolved, so a name that resolves again to another address (DNS rebinding)
 * cannot lead inside. An answer is read up to the policy's size and time and cut off past them,
 * without reading the rest.
 */
final class GuardedDataLoader extends CommonsDataLoader {

    private final transient FetchPolicy policy;
    private final boolean trustedUrlsOnly;

    /**
     * @param trustedUrlsOnly fetch only under the policy's trusted URLs (for CA certificates)
     * @param contentType     the content type of what is posted (OCSP requests), or null
     */
    GuardedDataLoader(FetchPolicy policy, boolean trustedUrlsOnly, String contentType) {
        super(contentType);
        this.policy = policy;
        this.trustedUrlsOnly = trustedUrlsOnly;
        int connect = (int) policy.connectTimeout().toMillis();
        int read = (int) policy.readTimeout().toMillis();
        setTimeoutConnection(connect);
        setTimeoutConnectionRequest(connect);
        setTimeoutResponse(read);
        setTimeoutSocket(read);
        setRedirectsEnabled(false);
        setHttpClientResponseHandler(new BoundedResponseHandler(policy));
    }

    @Override
    public byte[] get(String url) {
        return requestGet(url, false, true).getResponseBody();
    }

    @Override
    public ResponseEnvelope requestGet(String url, boolean includeResponseDetails, boolean includeResponseBody) {
        allow(url);
        return super.requestGet(url, includeResponseDetails, includeResponseBody);
    }

    @Override
    public ResponseEnvelope requestPost(String url, byte[] content, boolean includeResponseDetails,
                                        boolean includeResponseBody) {
        allow(url);
        return super.requestPost(url, content, includeResponseDetails, includeResponseBody);
    }

    private void allow(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new DSSExternalResourceException("not fetched, not a URL: " + url);
        }
        if (!FetchPolicy.isHttp(uri)) {
            throw new DSSExternalResourceException("not fetched, only http and https are: " + url);
        }
        if (trustedUrlsOnly && !policy.isTrusted(uri)) {
            throw new DSSExternalResourceException("not fetched, not under a trusted URL: " + url);
        }
    }

    @Override
    protected HttpClientConnectionManager getConnectionManager() {
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(getTlsSocketStrategy())
                .setDefaultSocketConfig(getSocketConfig())
                .setDnsResolver(new CheckingResolver(policy))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(policy.connectTimeout().toMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(policy.readTimeout().toMillis()))
                        .build())
                .build();
    }

    /** Resolves a host and refuses it unless every address is public or the host is a trusted URL's. */
    private record CheckingResolver(FetchPolicy policy) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return checked(host, -1);
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(checked(host, port)).map(address -> new InetSocketAddress(address, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }

        private InetAddress[] checked(String host, int port) throws UnknownHostException {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            if (port >= 0 && policy.isTrustedOrigin(host, port)) {
                return addresses;
            }
            for (InetAddress address : addresses) {
                if (!PublicAddresses.isPublic(address)) {
                    throw new UnknownHostException("not fetched: " + host + " resolves to " + address.getHostAddress()
                            + ", which is not a public address");
                }
            }
            return addresses;
        }
    }

    /** Reads a 200 answer up to the size and time limits; otherwise drops the connection unread. */
    private static final class BoundedResponseHandler extends CommonsHttpClientResponseHandler {

        private final long maxBytes;
        private final long totalNanos;

        BoundedResponseHandler(FetchPolicy policy) {
            this.maxBytes = policy.maxResponseBytes();
            this.totalNanos = policy.totalTimeout().toNanos();
        }

        @Override
        public byte[] handleResponse(ClassicHttpResponse response) throws IOException {
            HttpEntity entity = response.getEntity();
            if (entity == null) {
                throw new IOException("No message entity for this response");
            }
            InputStream content = entity.getContent();
            try {
                if (response.getCode() != HttpStatus.SC_OK) {
                    throw new IOException("Not acceptable HTTP status " + response.getCode());
                }
                if (entity.getContentLength() > maxBytes) {
                    throw new IOException("answer of " + entity.getContentLength() + " bytes, over " + maxBytes);
                }
                return read(content);
            } catch (IOException e) {
                drop(content);
                throw e;
            }
        }

        private byte[] read(InputStream content) throws IOException {
            long deadline = System.nanoTime() + totalNanos;
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                if (received.size() + (long) n > maxBytes) {
                    throw new IOException("answer longer than " + maxBytes + " bytes");
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IOException("answer took longer than "
                            + TimeUnit.NANOSECONDS.toMillis(totalNanos) + " ms");
                }
                received.write(buffer, 0, n);
            }
            return received.toByteArray();
        }

        /** Closes the connection without reading the rest, which closing the answer would otherwise do. */
        private static void drop(InputStream content) {
            if (content instanceof EofSensorInputStream sensor) {
                try {
                    sensor.abort();
                } catch (IOException ignored) {
                    // the connection is gone either way
                }
            }
        }
    }
}
