package pe.ceropapel.infra;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The pages as a browser without JavaScript uses them: a session cookie and the forms' CSRF token. */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("(JSESSIONID=[^;]+)");

    private final TestRestTemplate http;

    PageSession(TestRestTemplate http) {
        // the session cookie of a sign-in comes with its redirect
        this.http = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    /** Signs in with the login form; answers the session cookie. */
    String login(String user) {
        return session(submit(null, "/ingresar", "username", user, "password", "demo"));
    }

    ResponseEntity<String> get(String session, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(cookie(session)), String.class);
    }

    /**
     * Fills in the form of page {@code path} and sends it there, in {@code session} or, for a public
     * form, in the session its page opens.
     */
    ResponseEntity<String> submit(String session, String path, String... fields) {
        return submitTo(session, path, path, fields);
    }

    /** Fills in a form of page {@code page} that sends it to {@code action}, in {@code session} as {@link #submit}. */
    ResponseEntity<String> submitTo(String session, String page, String action, String... fields) {
        ResponseEntity<String> form = session == null ? http.getForEntity(page, String.class) : get(session, page);
        String[] withToken = Arrays.copyOf(fields, fields.length + 2);
        withToken[fields.length] = "_csrf";
        withToken[fields.length + 1] = csrfToken(form, page);
        return post(session == null ? session(form) : session, action, withToken);
    }

    /** The CSRF token of the forms of page {@code page} in {@code session}, to send with a form later. */
    String csrfToken(String session, String page) {
        return csrfToken(get(session, page), page);
    }

    private static String csrfToken(ResponseEntity<String> form, String page) {
        Matcher token = CSRF.matcher(String.valueOf(form.getBody()));
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in " + page);
        }
        return token.group(1);
    }

    /**
     * As {@link #submit}, for a form that sends files: {@code parts} holds its fields (strings) and
     * files ({@link JsonApi#part}); the CSRF token of its page is added.
     */
    ResponseEntity<String> submitWithFiles(String session, String path, MultiValueMap<String, Object> parts) {
        ResponseEntity<String> form = session == null ? http.getForEntity(path, String.class) : get(session, path);
        Matcher token = CSRF.matcher(form.getBody());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in " + path);
        }
        MultiValueMap<String, Object> withToken = new LinkedMultiValueMap<>(parts);
        withToken.add("_csrf", token.group(1));
        HttpHeaders headers = cookie(session == null ? session(form) : session);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(withToken, headers), String.class);
    }

    /** Sends {@code fields} to {@code path} as a form would, but only what is given: no CSRF token unless named. */
    ResponseEntity<String> post(String session, String path, String... fields) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            values.add(fields[i], fields[i + 1]);
        }
        HttpHeaders headers = cookie(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(values, headers), String.class);
    }

    private static HttpHeaders cookie(String session) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        return headers;
    }

    private static String session(ResponseEntity<String> response) {
        return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(SESSION::matcher).filter(Matcher::find).map(matcher -> matcher.group(1))
                .findFirst().orElseThrow(() -> new IllegalStateException("no session cookie: " + response.getHeaders()));
    }
}
