package pe.ceropapel.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What every page must pass, checked on the page a browser shows: axe-core finds no accessibility
 * violation, nothing is wider than the screen, and the header takes less than a fifth of its height.
 * axe-core is the script Deque publishes on Maven Central, read from the test class path and
 * injected into the page: nothing is fetched from the network.
 */
final class PageChecks {

    private static final String AXE = axeScript();
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {iframes: false, resultTypes: ['violations']}).then(function (results) {
                done(JSON.stringify(results.violations.map(function (v) {
                    return {rule: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.map(function (n) { return n.target.join(' '); })};
                })));
            }).catch(function (e) { done('axe-core failed: ' + e); });
            """;

    private final Browser browser;
    private final int screenWidth;
    private final int screenHeight;
    private final List<String> failures = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();

    /**
     * @param screenWidth  the screen's width in CSS pixels: a page wider than it fails (a phone's browser
     *                     would zoom out to show it, so the window's own width is no measure)
     * @param screenHeight the screen's height, of which the header may take less than a fifth
     */
    PageChecks(Browser browser, int screenWidth, int screenHeight) {
        this.browser = browser.phone(screenWidth, screenHeight);
        this.screenWidth = screenWidth;
        this.screenHeight = screenHeight;
    }

    /** Checks the page the browser shows now, named {@code name} in failures and screenshots. */
    PageChecks check(String name) {
        browser.screenshot(name);
        pages.add(name);
        long width = number("return document.documentElement.scrollWidth;");
        long header = number("var h = document.querySelector('body > header');"
                + " return h ? Math.ceil(h.getBoundingClientRect().height) : 0;");
        if (width > screenWidth) {
            failures.add(name + ": " + width + " px wide on a screen " + screenWidth + " px wide");
        }
        if (header * 5 >= screenHeight) {
            failures.add(name + ": the header is " + header + " px high on a screen " + screenHeight + " px high");
        }
        if (!Boolean.TRUE.equals(browser.run("return typeof axe !== 'undefined';"))) {
            browser.run(AXE);
        }
        String violations = (String) browser.runAsync(RUN_AXE);
        if (!"[]".equals(violations)) {
            failures.add(name + ": " + violations);
        }
        return this;
    }

    List<String> failures() {
        return failures;
    }

    List<String> pages() {
        return pages;
    }

    private long number(String script) {
        return ((Number) browser.run(script)).longValue();
    }

    private static String axeScript() {
        try (InputStream script = PageChecks.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
