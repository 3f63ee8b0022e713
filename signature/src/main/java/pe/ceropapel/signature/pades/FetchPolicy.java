package pe.ceropapel.signature.pades;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What validation and signing may fetch from the links written in certificates (CRLs, OCSP answers,
 * CA certificates): only over http or https, never from loopback, link-local or private addresses
 * except under {@code trustedUrls}, each answer at most {@code maxResponseBytes} and within the
 * timeouts. Revocation data is fetched only for certificates that chain to a trusted anchor; CA
 * certificates (AIA links) only from {@code trustedUrls}, since before they are fetched nothing
 * tells whether the certificate naming them chains to a trusted anchor.
 *
 * @param trustedUrls      URL prefixes where certification authorities we trust publish (e.g. the
 *                         development PKI's {@code http://127.0.0.1:8080/pki/}): CA certificates are
 *                         fetched from there only, and their hosts may be on loopback or private addresses
 * @param maxResponseBytes the largest answer read; a longer one is cut off and refused
 * @param connectTimeout   how long connecting may take
 * @param readTimeout      how long the server may stay silent
 * @param totalTimeout     how long receiving one whole answer may take
 */
public record FetchPolicy(List<String> trustedUrls, long maxResponseBytes, Duration connectTimeout,
                          Duration readTimeout, Duration totalTimeout) {

    private static final long DEFAULT_MAX_RESPONSE_BYTES = 10L * 1024 * 1024;

    public FetchPolicy {
        trustedUrls = List.copyOf(trustedUrls);
        trustedUrls.forEach(url -> {
            if (!isHttp(URI.create(url))) {
                throw new IllegalArgumentException("a trusted URL must be http or https: " + url);
            }
        });
    }

    /** Nothing trusted on internal addresses, answers up to 10 MiB, 5 s to connect, 10 s of silence, 30 s in all. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(List.of(), DEFAULT_MAX_RESPONSE_BYTES, Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(30));
    }

    /** This policy, with {@code urlPrefix} trusted too. */
    public FetchPolicy trusting(String urlPrefix) {
        List<String> urls = new ArrayList<>(trustedUrls);
        urls.add(urlPrefix);
        return new FetchPolicy(urls, maxResponseBytes, connectTimeout, readTimeout, totalTimeout);
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawUserInfo() == null;
    }

    /** Whether {@code uri}, once its dot segments are resolved, lies under one of the trusted URLs. */
    boolean isTrusted(URI uri) {
        URI normalized = uri.normalize();
        return isHttp(normalized) && trustedUrls.stream().map(URI::create)
                .anyMatch(prefix -> sameOrigin(prefix, normalized.getScheme(), normalized.getHost(), port(normalized))
                        && normalized.getRawPath().startsWith(prefix.getRawPath()));
    }

    /** Whether {@code host} and {@code port} are those of a trusted URL, so that they may be internal addresses. */
    boolean isTrustedOrigin(String host, int port) {
        return trustedUrls.stream().map(URI::create)
                .anyMatch(prefix -> prefix.getHost().equalsIgnoreCase(host) && port(prefix) == port);
    }

    private static boolean sameOrigin(URI prefix, String scheme, String host, int port) {
        return prefix.getScheme().equalsIgnoreCase(scheme) && prefix.getHost().equalsIgnoreCase(host)
                && port(prefix) == port;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
}
