package io.oeml.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import io.restassured.path.json.JsonPath;

/**
 * Debian's headless Chromium driven through its chromedriver (both installed by {@code install-chromium.sh}, at fixed
 * paths, so Selenium Manager is never asked to download either), on one dashboard: opens its pages, and reads what the
 * checks need from them (Navigation Timing, console errors, axe-core's violations), saving a screenshot of each.
 */
final class DashboardBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration RENDERED = Duration.ofSeconds(15);

    private final String baseUrl;
    private final Path artifacts;
    private final Path profile;
    private final ChromeDriver driver;
    private final String axe;
    private int screenshots;

    private DashboardBrowser(String baseUrl, Path artifacts, Path profile, ChromeDriver driver, String axe) {
        this.baseUrl = baseUrl;
        this.artifacts = artifacts;
        this.profile = profile;
        this.driver = driver;
        this.axe = axe;
    }

    /**
     * @param baseUrl the gateway serving the dashboard at /
     * @param artifacts where the screenshots and chromedriver's log go
     * @param axeScript axe-core's axe.min.js (the dashboard's dev dependency)
     */
    static DashboardBrowser open(String baseUrl, Path artifacts, Path axeScript) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: run deploy/system-tests/install-chromium.sh (as .ci/run does)");
        }
        try {
            Files.createDirectories(artifacts.resolve("screenshots"));
            Path profile = Files.createTempDirectory("dashboard-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                    "--window-size=1280,900");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                    .withLogFile(artifacts.resolve("chromedriver.log").toFile()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new DashboardBrowser(baseUrl, artifacts, profile, driver, Files.readString(axeScript));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Signs in through the form (typed and clicked; the keyboard-only way is a test of its own). */
    void signIn(String apiKey) {
        openSignedOut();
        driver.findElement(By.id("credential")).sendKeys(apiKey);
        driver.findElement(By.cssSelector("form[aria-label='Sign in'] button[type=submit]")).click();
        await(By.cssSelector("nav[aria-label='Main']"));
    }

    /** The sign-in form, as a first visit shows it (no credential in this tab's session). */
    void openSignedOut() {
        driver.get(baseUrl + "/");
        driver.executeScript("sessionStorage.clear()");
        driver.navigate().refresh();
        await(By.cssSelector("form[aria-label='Sign in']"));
    }

    /**
     * Loads {@code route} (e.g. {@code /fleet}) afresh, a full navigation rather than a hash change, so Navigation
     * Timing measures this page; waits until {@code rendered} is on it.
     */
    PageLoad load(String route, By rendered) {
        driver.get("about:blank");
        driver.get(baseUrl + "/#" + route);
        await(rendered);
        Map<?, ?> timing = (Map<?, ?>) driver.executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                const api = performance.getEntriesByType('resource')
                    .filter(r => new URL(r.name).pathname.startsWith('/api/'));
                return {load: nav.loadEventEnd, api: Math.max(0, ...api.map(r => r.responseEnd)), calls: api.length};
                """);
        return new PageLoad(route, millis(timing.get("load")), millis(timing.get("api")),
                ((Number) timing.get("calls")).intValue());
    }

    /** Waits until {@code selector} is on the page; the first match. */
    WebElement await(By selector) {
        return Awaitility.await().atMost(RENDERED).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> driver.findElement(selector), found -> found != null);
    }

    /** The console's errors since the last call (chromedriver hands each entry out once). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .toList();
    }

    /** axe-core's serious and critical violations on the page as it is now: "rule (impact): help [nodes]". */
    List<String> seriousAccessibilityViolations() {
        driver.executeScript(axe);
        String json = (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                    .then(result => done(JSON.stringify(result.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => `${v.id} (${v.impact}): ${v.help} ${JSON.stringify(v.nodes.map(n => n.target))}`))))
                    .catch(error => done(JSON.stringify(['axe failed: ' + error])));
                """);
        return JsonPath.from(json).getList("", String.class);
    }

    /** Saves what the window shows as {@code NN-name.png} under the artifacts' screenshots/. */
    Path screenshot(String name) {
        try {
            Path target = artifacts.resolve("screenshots").resolve("%02d-%s.png".formatted(++screenshots, name));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double millis(Object value) {
        return ((Number) value).doubleValue();
    }

    /**
     * One page's load, in ms from the navigation's start (Navigation Timing).
     *
     * @param load the load event's end: the HTML, the script and the styles
     * @param api the end of the last /api response the page received by the time it was drawn (0 when none)
     * @param apiCalls how many /api responses that was
     */
    record PageLoad(String route, double load, double api, int apiCalls) {

        /** When the page had both its code and its data. */
        double ready() {
            return Math.max(load, api);
        }

        @Override
        public String toString() {
            return "%-40s load %6.0f ms, data %6.0f ms (%d API calls)".formatted(route, load, api, apiCalls);
        }
    }
}
