package io.oeml.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import io.oeml.infra.FreePorts;
import io.oeml.infra.JavaService;
import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.TestOllama;
import io.oeml.infra.testing.TestTrainer;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The dashboard in Debian's headless Chromium, served by the packaged gateway in front of the packaged services, the
 * hardware agent of this machine, the project's real Ollama with smollm2-135m, and the real trainer. A fine-tuning job
 * and an optimization session are started from the API at the start and run side by side while the quick checks go
 * on; their pages are then followed live to the end. The page-load, console and accessibility checks come last, on a
 * quiet machine, over every page. Screenshots and the page-load figures go to target/dashboard-e2e.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardInChromiumIT {

    private static final Duration JOB = Duration.ofMinutes(12);
    private static final Duration SESSION = Duration.ofMinutes(8);
    private static final Duration HOST_REPORTED = Duration.ofSeconds(90);
    private static final double PAGE_LOAD_LIMIT_MS = 1000;
    private static final String MODEL = TinyModel.SMOLLM2_135M.tagged();
    private static final String TARGET = "dashboard-e2e";
    private static final Set<String> FIT_CLASSES = Set.of("full_gpu", "partial", "cpu", "no_fit");
    // trial status words of a trial that ran to its end; asked ones are out, abandoned ones never ran
    private static final Set<String> FINISHED_TRIALS = Set.of("completed", "failed");

    private static final Path ROOT = Path.of(System.getProperty("suite.root"));
    private static final Path ARTIFACTS = ROOT.resolve("deploy/system-tests/target/dashboard-e2e");
    private static final List<DashboardBrowser.PageLoad> LOADS = Collections.synchronizedList(new ArrayList<>());

    private static final List<JavaService> services = new ArrayList<>();
    private static JavaService gateway;
    private static String adminKey;
    private static String jobId;
    private static String sessionId;
    private static List<String> catalogModels;
    private static DashboardBrowser browser;

    @BeforeAll
    static void startSuiteTheJobAndTheSession() throws IOException {
        Path fineTuning = Files.createTempDirectory("dashboard-e2e");
        SmallFineTuningJob job = SmallFineTuningJob.in(fineTuning);
        Path adminKeyFile = fineTuning.resolve("admin-key");
        List<Integer> ports = FreePorts.take(5);
        PackagedSuite suite = new PackagedSuite("dashboard")
                .set("OLLAMA_BASE_URL", TestOllama.get().baseUrl())
                .set("OEML_TRAINER_BINARY", TestTrainer.binary())
                .set("FINE_TUNING_PATH", fineTuning)
                .set("AGENT_REPORT_INTERVAL", "2s")
                .set("FLEET_REPORT_INTERVAL", "2s")
                // short answers keep a trial of the ten-prompt suite to seconds on this CPU
                .set("OPTIMIZATION_MAX_ANSWER_TOKENS", 24)
                // the dashboard is signed in to as a person would: with the admin key a fresh installation writes
                .set("GATEWAY_BOOTSTRAP_ADMIN_KEY_FILE", adminKeyFile)
                // one caller loading every page twice within a minute, as no person does: above the 300 a minute
                .set("GATEWAY_RATE_LIMIT_CAPACITY", 3000)
                .set("LIBRARY_HTTP_PORT", ports.get(0))
                .set("FINETUNE_HTTP_PORT", ports.get(1))
                .set("OPTIMIZER_HTTP_PORT", ports.get(2))
                .set("AGENT_HTTP_PORT", ports.get(3))
                .set("GATEWAY_HTTP_PORT", ports.get(4))
                .set("LIBRARY_SERVICE_URL", "http://127.0.0.1:" + ports.get(0))
                .set("FINETUNE_SERVICE_URL", "http://127.0.0.1:" + ports.get(1))
                .set("OPTIMIZER_SERVICE_URL", "http://127.0.0.1:" + ports.get(2));
        services.add(suite.start("library-service", ports.get(0)));
        services.add(suite.start("finetune-service", ports.get(1)));
        services.add(suite.start("optimizer-service", ports.get(2)));
        services.add(suite.start("hardware-agent", ports.get(3)));
        gateway = suite.start("gateway", ports.get(4));
        services.add(gateway);
        adminKey = Files.readString(adminKeyFile).strip();

        // the two long parts run side by side from here on, while the quick checks go on
        jobId = job.create(api(), TARGET);
        api().post("/api/ai/ollama/fine-tuning/start/" + jobId).then().statusCode(200);
        sessionId = api().formParam("model_name", MODEL).formParam("objective", "maximize_quality")
                .formParam("strategy", "bayesian_optimization").formParam("model_type", "general")
                .formParam("max_iterations", 4)
                .post("/api/ai/ollama/optimization/create").then().statusCode(200).extract().path("session_id");
        api().post("/api/ai/ollama/optimization/start/" + sessionId).then().statusCode(200);

        catalogModels = api().get("/api/ai/ollama/models/library").then().statusCode(200).extract().jsonPath()
                .getList("categories.values().flatten().name", String.class).stream().distinct().toList();
        browser = DashboardBrowser.open(gateway.baseUrl(), ARTIFACTS,
                ROOT.resolve("dashboard/node_modules/axe-core/axe.min.js"));
        browser.signIn(adminKey);
    }

    @AfterAll
    static void stopAll() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (!LOADS.isEmpty()) {
            Files.write(ARTIFACTS.resolve("page-loads.txt"), LOADS.stream().map(Object::toString).toList());
        }
        Collections.reverse(services);
        PackagedSuite.stop(services.toArray(JavaService[]::new));
        RestAssured.given().contentType("application/json").body(Map.of("model", TARGET + ":v1"))
                .delete(TestOllama.get().baseUrl() + "/api/delete");
    }

    @Test
    @Order(1)
    void theSignInFormWorksByKeyboardAlone() {
        browser.openSignedOut();
        Actions keys = new Actions(browser.driver());
        // from the top of the page, Tab reaches the credential field after the kind of credential
        tabUntil(keys, "credential");
        keys.sendKeys(adminKey).perform();
        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Sign in");
        keys.sendKeys(Keys.ENTER).perform();

        WebElement nav = browser.await(By.cssSelector("nav[aria-label='Main']"));
        assertThat(nav.findElements(By.tagName("a")).stream().map(WebElement::getText))
                .contains("Fleet", "Models", "Fine-tuning", "Optimization");
        assertThat(browser.driver().findElement(By.cssSelector(".caller")).getText()).contains("admin");
        browser.screenshot("signed-in-by-keyboard");
    }

    @Test
    @Order(3)
    void theFleetPageListsThisMachineWithItsOllamaVersionAndFitCells() {
        JsonPath host = awaitThisMachine();
        String hostId = host.getString("host_id");

        browser.load("/fleet", By.cssSelector("td[data-fit][data-host='" + hostId + "']"));
        WebElement shown = browser.driver().findElement(By.cssSelector("[data-host='" + hostId + "']"));
        assertThat(shown.getText()).contains(host.getString("hostname"))
                .contains(host.getString("capacity.ollama.version"));
        List<WebElement> cells = browser.driver()
                .findElements(By.cssSelector("table[data-fit-matrix] td[data-fit][data-host='" + hostId + "']"));
        assertThat(cells).isNotEmpty().allSatisfy(cell -> {
            assertThat(cell.getAttribute("data-fit")).isIn(FIT_CLASSES);
            assertThat(cell.getAttribute("data-model")).isNotBlank();
            assertThat(cell.getAttribute("title")).isNotBlank();
        });
        browser.screenshot("fleet");
    }

    @Test
    @Order(4)
    void aModelPageReachedFromTheCatalogShowsItsSources() {
        String model = catalogModels.get(0);
        browser.load("/models", By.cssSelector("a[href^='#/models/']"));
        browser.driver().findElement(By.cssSelector("a[href='" + modelHref(model) + "']")).click();

        browser.await(By.cssSelector("[data-sources] a[href]"));
        List<String> sources = browser.driver().findElements(By.cssSelector("[data-sources] a[href]")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(sources).isNotEmpty().allMatch(href -> href.startsWith("https://") || href.startsWith("http://"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-chart='memory']"))).hasSize(1);
        browser.screenshot("model-" + model.replaceAll("[^A-Za-z0-9.-]", "_"));
    }

    @Test
    @Order(5)
    void anOptimizationSessionsConvergencePlotHasOnePointPerFinishedTrial() {
        browser.load("/optimization/sessions/" + sessionId, By.cssSelector("[data-session-status]"));
        By convergence = By.cssSelector("[data-chart='convergence']");
        browser.screenshot("session-while-" + text(By.cssSelector("[data-session-status]")));

        Awaitility.await().atMost(SESSION).pollInterval(Duration.ofSeconds(1)).until(() -> {
            String status = text(By.cssSelector("[data-session-status]"));
            assertThat(status).isNotIn("failed", "timed_out", "cancelled");
            return "completed".equals(status);
        });

        long finished = api().get("/api/ai/ollama/optimization/trials/" + sessionId).then().statusCode(200).extract()
                .jsonPath().getList("trials.status", String.class).stream().filter(FINISHED_TRIALS::contains).count();
        assertThat(finished).isEqualTo(4);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                Long.parseLong(browser.await(convergence).getAttribute("data-points"))).isEqualTo(finished));
        assertThat(browser.driver().findElements(By.cssSelector("[data-chart='pareto']"))).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("[data-sensitivity]"))).isNotEmpty();
        assertThat(text(By.cssSelector("pre[data-modelfile]"))).contains("PARAMETER temperature");
        assertThat(browser.driver().findElements(By.cssSelector("button[data-cancel]"))).isEmpty();
        browser.screenshot("session-completed");
    }

    /** Second, right after sign-in: the job (started with the suite) must still be training when its page opens. */
    @Test
    @Order(2)
    void aFineTuningJobShowsLiveProgressUntilCompletedWithALossCurve() {
        browser.load("/fine-tuning/jobs/" + jobId, By.cssSelector("[data-job-status]"));
        Set<String> statuses = new LinkedHashSet<>();
        Set<Double> progress = new LinkedHashSet<>();
        boolean screenshotWhileRunning = true;

        // the page is not reloaded: what it shows changes with the job's stream
        long deadline = System.nanoTime() + JOB.toNanos();
        while (!statuses.contains("completed")) {
            assertThat(System.nanoTime()).as("job %s not completed on the page: %s", jobId, statuses).isLessThan(deadline);
            String status = text(By.cssSelector("[data-job-status]"));
            assertThat(status).isNotIn("failed", "cancelled");
            statuses.add(status);
            progress.add(fraction(browser.driver().findElement(By.cssSelector("progress[data-job-progress]"))));
            if (screenshotWhileRunning && "training".equals(status)) {
                browser.screenshot("job-running");
                screenshotWhileRunning = false;
            }
            sleep(Duration.ofMillis(500));
        }

        assertThat(statuses).as("statuses the page showed").contains("training");
        assertThat(progress).as("progress the page showed").anyMatch(p -> p > 0 && p < 1).contains(1.0);
        int steps = api().get("/api/ai/ollama/fine-tuning/jobs/" + jobId + "/metrics").then().statusCode(200).extract()
                .jsonPath().getList("steps").size();
        assertThat(steps).isGreaterThan(1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Integer.parseInt(
                browser.await(By.cssSelector("[data-chart='loss']")).getAttribute("data-points"))).isEqualTo(steps));
        browser.screenshot("job-completed");
    }

    /** Navigation Timing of a fresh load of each page, on a quiet machine (the job and the session are over). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @Order(6)
    void everyPageLoadsInUnderOneSecondWithoutConsoleErrors(Page page) {
        browser.consoleErrors();
        DashboardBrowser.PageLoad load = browser.load(page.route(), page.rendered());
        LOADS.add(load);
        System.out.println("page load: " + load);

        assertThat(load.ready()).as(load.toString()).isLessThan(PAGE_LOAD_LIMIT_MS);
        assertThat(browser.consoleErrors()).as("console errors on " + page.route()).isEmpty();
        browser.screenshot(page.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @Order(7)
    void axeFindsNoSeriousOrCriticalViolation(Page page) {
        browser.load(page.route(), page.rendered());
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on " + page.route()).isEmpty();
    }

    /** Every page of the dashboard, with the element that says it has been drawn with its data. */
    static Stream<Page> pages() {
        return Stream.of(
                new Page("home", "/", "nav[aria-label='Main']"),
                new Page("fleet", "/fleet", "table[data-fit-matrix] td[data-fit]"),
                new Page("models", "/models", "a[href^='#/models/']"),
                new Page("model", "/models/" + encoded(catalogModels.get(0)), "[data-sources] a[href]"),
                new Page("compare", "/compare?models=" + encoded(catalogModels.get(0)) + ","
                        + encoded(catalogModels.get(1)), "table[data-compare]"),
                new Page("jobs", "/fine-tuning", "tr[data-job='" + jobId + "']"),
                new Page("job", "/fine-tuning/jobs/" + jobId, "[data-chart='loss']"),
                new Page("new-job", "/fine-tuning/new", "form[data-create-job]"),
                new Page("sessions", "/optimization", "tr[data-session='" + sessionId + "']"),
                new Page("session", "/optimization/sessions/" + sessionId, "[data-chart='convergence']"),
                new Page("new-session", "/optimization/new", "form[data-create-session]"));
    }

    record Page(String name, String route, String selector) {

        By rendered() {
            return By.cssSelector(selector);
        }

        @Override
        public String toString() {
            return route;
        }
    }

    /** The host this machine's agent reported, once it is online with its Ollama's version. */
    private static JsonPath awaitThisMachine() {
        JsonPath[] host = new JsonPath[1];
        Awaitility.await().atMost(HOST_REPORTED).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonPath hosts = api().get("/api/ai/ollama/hosts").then().statusCode(200).extract().jsonPath();
            host[0] = hosts.getInt("count") == 1 ? hosts.setRootPath("hosts[0]") : null;
            return host[0] != null && "online".equals(host[0].getString("status"))
                    && host[0].getString("capacity.ollama.version") != null;
        });
        return host[0];
    }

    private static void tabUntil(Actions keys, String id) {
        for (int i = 0; i < 10 && !id.equals(browser.driver().switchTo().activeElement().getAttribute("id")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("focus after Tab").isEqualTo(id);
    }

    private static String text(By selector) {
        return browser.await(selector).getText().strip();
    }

    /** A progress element's value as a fraction of its max. */
    private static double fraction(WebElement progress) {
        return Double.parseDouble(progress.getDomProperty("value")) / Double.parseDouble(progress.getDomProperty("max"));
    }

    private static String modelHref(String model) {
        return "#/models/" + encoded(model);
    }

    private static String encoded(String value) {
        // as the pages' href() does (encodeURIComponent), for the names a catalog holds
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecification api() {
        return RestAssured.given().header("X-API-Key", adminKey).baseUri(gateway.baseUrl());
    }
}
