package pe.ceropapel.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (no Selenium Manager, no downloads, no
 * outside DNS), on a fresh profile; every step can leave a screenshot under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    private final Path profile;
    private final String windowSize;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private final Path screenshots;
    private final String baseUrl;
    private int shots;
    private int starts;

    Browser(String baseUrl, String journey) {
        this(baseUrl, journey, "1280,1600");
    }

    /** @param windowSize width and height in CSS pixels, such as {@code 390,844} for a phone */
    Browser(String baseUrl, String journey, String windowSize) {
        this.baseUrl = baseUrl;
        this.windowSize = windowSize;
        try {
            profile = Files.createTempDirectory("ceropapel-chromium-");
            screenshots = Files.createDirectories(Path.of("target", "screenshots", journey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    private void start() {
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withEnvironment(Map.of("XDG_CONFIG_HOME", profile.resolve("config").toString(),
                        "XDG_CACHE_HOME", profile.resolve("cache").toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.resolve("data-" + ++starts), "--window-size=" + windowSize, "--lang=es-PE",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    Browser login(String user) {
        try {
            open("/ingresar");
        } catch (NoSuchSessionException lost) {
            // Chromium closed its connection (its renderer stopped answering on 2 busy cores, seen once in a
            // full run): signing in starts afresh anyway, so a new browser takes over
            quit();
            start();
            open("/ingresar");
        }
        driver.manage().deleteAllCookies();
        open("/ingresar");
        type("username", user);
        type("password", "demo");
        driver.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waitFor(() -> !driver.getCurrentUrl().contains("/ingresar"));
        return this;
    }

    Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser typeInto(String cssSelector, String text) {
        WebElement field = driver.findElement(By.cssSelector(cssSelector));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    Browser click(String id) {
        driver.findElement(By.id(id)).click();
        return this;
    }

    Browser clickText(String text) {
        driver.findElement(By.linkText(text)).click();
        return this;
    }

    /** Opens the {@code details} whose summary reads {@code summary}. */
    Browser expand(String summary) {
        WebElement element = driver.findElement(By.xpath("//summary[normalize-space()='" + summary + "']"));
        if (element.findElement(By.xpath("..")).getAttribute("open") == null) {
            element.click();
        }
        return this;
    }

    /** Clicks the first element that {@code cssSelector} finds, such as a button without an id. */
    Browser press(String cssSelector) {
        driver.findElement(By.cssSelector(cssSelector)).click();
        return this;
    }

    /** Shows pages as a phone of {@code width} by {@code height} CSS pixels does, whatever the window's size. */
    Browser phone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    /** Runs {@code script} in the page; answers what it returns. */
    Object run(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Runs a script that answers later, through the callback passed as its last argument. */
    Object runAsync(String script, Object... arguments) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver.executeAsyncScript(script, arguments);
    }

    /** The value of the field {@code id}, as typed or as the page filled it in. */
    String valueOf(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    Browser upload(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** The page's visible text; a page that is just being replaced is read again once it is there. */
    String text() {
        return textOf(By.tagName("body"));
    }

    String title() {
        return driver.getTitle();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String textOf(String id) {
        return textOf(By.id(id));
    }

    private String textOf(By element) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(element).getText();
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    Browser waitForText(String text) {
        waitFor(() -> text().contains(text));
        return this;
    }

    Browser screenshot(String name) {
        try {
            Files.write(screenshots.resolve(String.format("%02d-%s.png", ++shots, name)),
                    driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void waitFor(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private void quit() {
        try {
            driver.quit();
        } catch (WebDriverException gone) {
            // the browser is no longer there to be closed
        }
        service.stop();
    }

    @Override
    public void close() throws IOException {
        quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
