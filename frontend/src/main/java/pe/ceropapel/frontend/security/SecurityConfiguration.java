package pe.ceropapel.frontend.security;

import java.net.URI;
import pe.ceropapel.frontend.signature.FirmaPeruSettings;
import org.axonframework.queryhandling.QueryGateway;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every endpoint requires authentication except the health probe and the public endpoints under
 * {@code /api/public/} (rate-limited per client address by {@link PublicRateLimitFilter}) and the
 * interop endpoints, whose requests other entities sign with their seal. The REST API is stateless: each
 * request authenticates (HTTP Basic for the demo users of the embedded profile, or a bearer token of the
 * entity's identity provider when {@code spring.security.oauth2.resourceserver.jwt} configures one), no
 * session is kept, so CSRF does not apply to it. Browser pages use sessions and CSRF protection, and sign
 * in with the entity's OpenID Connect provider when {@code spring.security.oauth2.client.registration}
 * configures one, with a password otherwise. Wrong passwords are throttled per username and address
 * ({@link LoginThrottle}), and an API call that changes something is refused when a browser says
 * another site sent it ({@link CrossSiteRequestFilter}): browsers attach remembered Basic credentials.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** The development PKI's CRLs, certificates, OCSP and TSA: fetched by any validator, without login. */
    @Bean
    @Order(0)
    SecurityFilterChain pkiSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/pki/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * The citizen's public API: nobody signs in, so no credentials are looked at (a wrong password sent
     * along does not turn a lookup into a 401) and no session is made; the security headers and the
     * anonymous identity that the audit trail records for a citizen's intake stay.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicApiSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(PublicRateLimitFilter.PUBLIC_PATHS + "**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, MessageSource messages, ObjectProvider<JwtDecoder> bearerTokens,
                                    DirectoryIdentities identities, LoginThrottle throttle) throws Exception {
        if (bearerTokens.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new DirectoryJwtAuthentication(identities))));
        }
        return http
                .securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        // other entities: every request is signed with the entity's seal, checked by the controller
                        .requestMatchers(HttpMethod.POST, "/api/interop/tramites", "/api/interop/cargos",
                                "/api/interop/pide").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/interop/tramites/*", "/api/interop/pide",
                                "/api/interop/entity", "/api/interop/openapi.yaml").permitAll()
                        // open, but its details (components, projection lag) only for an administrator
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new OutageAwareEntryPoint("Cero Papel", messages)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new CrossSiteRequestFilter(problem(messages, 403, "cross-site-request",
                        "Cross-site request refused")), BasicAuthenticationFilter.class)
                .addFilterBefore(loginThrottling(throttle, messages), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * With Firma Perú configured, its script (from its own origin) may run on the pages and reach the
     * local client it starts on this computer's port 48596.
     */
    private static String firmaPeruSources(FirmaPeruSettings firmaPeru) {
        if (firmaPeru.clientId() == null || firmaPeru.clientId().isBlank()) {
            return "";
        }
        URI script = URI.create(firmaPeru.scriptUrl());
        String origin = script.getScheme() + "://" + script.getAuthority();
        return "; script-src 'self' " + origin + "; style-src 'self' 'unsafe-inline' " + origin
                + "; connect-src 'self' " + origin + " http://localhost:48596 http://127.0.0.1:48596";
    }

    /**
     * The pages: a session and CSRF protection, the citizen's pages open. The PDF preview is framed by
     * the document page, so frames are allowed from the same origin only.
     */
    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, IdentityProviders identityProviders,
                                     DirectoryIdentities identities, QueryGateway queries, LoginThrottle throttle,
                                     MessageSource messages, FirmaPeruSettings firmaPeru) throws Exception {
        if (identityProviders.configured()) {
            http.oauth2Login(login -> login.loginPage("/ingresar").defaultSuccessUrl("/", true)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new DirectoryOidcUserService(identities)))
                    .failureHandler(new OidcLoginFailureHandler()));
        } else {
            http.formLogin(form -> form.loginPage(LoginThrottleFilter.LOGIN_PAGE).defaultSuccessUrl("/", true)
                    .permitAll());
            http.addFilterBefore(loginThrottling(throttle, messages), UsernamePasswordAuthenticationFilter.class);
        }
        return http
                // a session lasts only while the directory backs it (deactivation, changed roles)
                .addFilterAfter(new DirectorySessionCheck(queries), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/error", "/ingresar", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/verificar/**", "/verificar", "/mesa-de-partes/**", "/mesa-de-partes", "/consulta")
                        .permitAll()
                        .requestMatchers("/admin/**", ApiDescription.DOCUMENT + "/**", ApiDescription.DOCUMENT,
                                ApiDescription.PAGE, "/swagger-ui/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .logout(logout -> logout.logoutUrl("/salir").logoutSuccessUrl("/ingresar?salida"))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        // document ids and tracking codes in addresses are not told to other sites
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "object-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'"
                                + firmaPeruSources(firmaPeru))))
                .build();
    }

    private static LoginThrottleFilter loginThrottling(LoginThrottle throttle, MessageSource messages) {
        return new LoginThrottleFilter(throttle, problem(messages, 429, "too-many-login-failures",
                "Too many failed logins"));
    }

    private static FilterProblem problem(MessageSource messages, int status, String type, String title) {
        return FilterProblem.of(status, type, title,
                messages.getMessage("problem." + type, null, Locale.forLanguageTag("es-PE")));
    }
}
