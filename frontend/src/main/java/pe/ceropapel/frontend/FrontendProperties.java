package pe.ceropapel.frontend;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The web module's settings under {@code ceropapel.*}, each with its default; other modules' settings
 * under the same prefixes (e.g. {@code ceropapel.interop.timeout}) are bound where they are used.
 *
 * @param security       login throttling and single sign-on
 * @param publicAccess   the citizen portal's and verification's limits ({@code ceropapel.public.*})
 * @param http           the reverse proxies whose {@code Forwarded} headers are believed
 * @param pki            who may ask the development time-stamping authority for stamps, and how often
 * @param upload         the largest upload and how much of it is kept in memory
 * @param api            the largest body of a request that is not multipart
 * @param interop        the largest message from another entity
 * @param clientSigning  the largest archive of documents signed on the signer's computer
 * @param readYourWrites how long a request with {@code Read-Your-Writes} waits for the read models
 */
@ConfigurationProperties("ceropapel")
public record FrontendProperties(@DefaultValue Security security,
                                 @Name("public") @DefaultValue PublicAccess publicAccess,
                                 @DefaultValue Http http,
                                 @DefaultValue Pki pki,
                                 @DefaultValue Upload upload,
                                 @DefaultValue Api api,
                                 @DefaultValue Interop interop,
                                 @DefaultValue ClientSigning clientSigning,
                                 @DefaultValue ReadYourWrites readYourWrites) {

    /** Makes these settings a bean of the web module. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(FrontendProperties.class)
    static class Binding {
    }

    public record Security(@DefaultValue Login login, @DefaultValue Oidc oidc) {
    }

    /** Failed logins allowed per username and per client address within {@code period}. */
    public record Login(@DefaultValue("5") int failuresPerUsername, @DefaultValue("20") int failuresPerAddress,
                        @DefaultValue("PT5M") Duration period) {
    }

    /** The claim of an OpenID Connect token that names the person. */
    public record Oidc(@DefaultValue("preferred_username") String usernameClaim) {
    }

    /** Requests per minute of one client; failed lookups per hour of one tracking code. */
    public record PublicAccess(@DefaultValue("30") int requestsPerMinute,
                               @DefaultValue("10") int failedLookupsPerTrackingCode) {
    }

    /** Addresses or networks (CIDR) of the reverse proxies in front of the application. */
    public record Http(@DefaultValue List<String> trustedProxies) {
    }

    /** Addresses or networks allowed to ask for time-stamps, and the stamps a minute for all of them. */
    public record Pki(@DefaultValue List<String> tsaClients, @DefaultValue("120") int tsaRequestsPerMinute) {
    }

    public record Upload(@DefaultValue("100MB") DataSize maxSize, @DefaultValue("1MB") DataSize memoryThreshold) {
    }

    public record Api(@DefaultValue("1MB") DataSize maxBodySize) {
    }

    public record Interop(@DefaultValue("40MB") DataSize maxMessageSize) {
    }

    public record ClientSigning(@DefaultValue("1GB") DataSize maxBatchUpload) {
    }

    public record ReadYourWrites(@DefaultValue("5s") Duration timeout) {
    }
}
