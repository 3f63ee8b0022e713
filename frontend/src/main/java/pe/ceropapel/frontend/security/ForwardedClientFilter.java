package pe.ceropapel.frontend.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import pe.ceropapel.frontend.FrontendProperties;

/**
 * The client's address, scheme and host as the request reached us: {@code X-Forwarded-For},
 * {@code -Proto}, {@code -Host} and {@code -Port} are believed only from the proxies listed in
 * {@code ceropapel.http.trusted-proxies} (addresses or CIDR ranges; none by default), and the
 * client is the nearest address in {@code X-Forwarded-For} that is not such a proxy. Everything
 * downstream (rate limits, login throttling, the audit trail) reads the address from the request.
 * Forwarded headers are hidden from the rest of the application either way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForwardedClientFilter extends OncePerRequestFilter {

    private static final String FOR = "X-Forwarded-For";
    private static final String PROTO = "X-Forwarded-Proto";
    private static final String HOST = "X-Forwarded-Host";
    private static final String PORT = "X-Forwarded-Port";

    private final List<IpAddressMatcher> proxies;

    ForwardedClientFilter(FrontendProperties settings) {
        this.proxies = settings.http().trustedProxies().stream().map(String::strip).filter(proxy -> !proxy.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isProxy(request.getRemoteAddr())) {
            chain.doFilter(new Forwarded(request, request.getRemoteAddr(), null, null, -1), response);
            return;
        }
        String proto = last(request.getHeader(PROTO));
        String host = last(request.getHeader(HOST));
        String port = last(request.getHeader(PORT));
        chain.doFilter(new Forwarded(request, client(request), proto == null ? null : proto.toLowerCase(Locale.ROOT),
                host, port == null || !port.matches("\\d{1,5}") ? -1 : Integer.parseInt(port)), response);
    }

    /** The nearest address of the forwarding chain that is not a trusted proxy. */
    private String client(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (Enumeration<String> values = request.getHeaders(FOR); values.hasMoreElements(); ) {
            for (String hop : values.nextElement().split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = request.getRemoteAddr();
        for (int i = hops.size() - 1; i >= 0 && isProxy(client); i--) {
            if (IpLiterals.parse(hops.get(i)).isEmpty()) {
                break;
            }
            client = hops.get(i);
        }
        return client;
    }

    private boolean isProxy(String address) {
        return IpLiterals.parse(address).isPresent() && proxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    private static String last(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] values = header.split(",");
        return values[values.length - 1].strip();
    }

    /** The request as the client sent it to the first trusted proxy. */
    private static final class Forwarded extends HttpServletRequestWrapper {

        private final String client;
        private final String scheme;
        private final String host;
        private final int port;

        Forwarded(HttpServletRequest request, String client, String scheme, String hostAndPort, int port) {
            super(request);
            this.client = client;
            this.scheme = "https".equals(scheme) || "http".equals(scheme) ? scheme : null;
            String host = hostAndPort;
            int forwardedPort = port;
            if (hostAndPort != null && hostAndPort.matches("[^\\[\\]:]+:\\d{1,5}")) {
                host = hostAndPort.substring(0, hostAndPort.lastIndexOf(':'));
                forwardedPort = forwardedPort >= 0 ? forwardedPort
                        : Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
            }
            this.host = host;
            this.port = forwardedPort >= 0 ? forwardedPort : this.scheme == null ? -1 : defaultPort(this.scheme);
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return scheme == null ? super.getScheme() : scheme;
        }

        @Override
        public boolean isSecure() {
            return scheme == null ? super.isSecure() : scheme.equals("https");
        }

        @Override
        public String getServerName() {
            return host == null ? super.getServerName() : host;
        }

        @Override
        public int getServerPort() {
            return port < 0 ? super.getServerPort() : port;
        }

        @Override
        public StringBuffer getRequestURL() {
            if (scheme == null && host == null && port < 0) {
                return super.getRequestURL();
            }
            int serverPort = getServerPort();
            String authority = getServerName() + (serverPort == defaultPort(getScheme()) ? "" : ":" + serverPort);
            return new StringBuffer(getScheme() + "://" + authority + getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            return isForwarded(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isForwarded(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !isForwarded(name)).toList());
        }

        private static boolean isForwarded(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.startsWith("x-forwarded-") || lower.equals("forwarded");
        }

        private static int defaultPort(String scheme) {
            return "https".equals(scheme) ? 443 : 80;
        }
    }
}
