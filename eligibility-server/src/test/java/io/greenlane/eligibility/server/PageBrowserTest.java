package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.PlainText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exporter's self-check page in real headless Chromium (Debian's chromium and chromium-driver, driven through
 * Selenium): each sample pack uploaded shows the outcome, each line's outcome and every finding with its remedy
 * in the CLI's words; pack text with HTML in it shows as text; the page works from the keyboard and prints
 * without its controls. Skipped, saying why, only where no browser is installed.
 */
class PageBrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;

    private static DecisionServer server;
    private static ChromeDriver driver;
    private static EligibilityEngine reference;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "no browser here: the page test needs Debian's chromium and chromium-driver"
                        + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
        // the browser starts while the server compiles its rule sets
        java.util.concurrent.CompletableFuture<ChromeDriver> browser = java.util.concurrent.CompletableFuture
                .supplyAsync(PageBrowserTest::startBrowser);
        try {
            server = DecisionServer.start(ServerConfig.defaults(Fixtures.REGISTRY).withPort(0));
            reference = Fixtures.referenceEngine();
        } finally {
            driver = browser.join(); // so that @AfterAll quits it, whatever happened to the server
        }
    }

    private static ChromeDriver startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1200,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void openPage() {
        driver.get(server.url() + "/");
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /** Picks a file with the page's file input and waits for the answer (a result or an error). */
    private static void upload(Path pack) {
        String before = status();
        driver.findElement(By.id("pack-file")).sendKeys(pack.toAbsolutePath().toString());
        waiting().until(d -> !status().equals(before) && !status().startsWith("Checking")
                || d.findElement(By.id("error")).isDisplayed());
    }

    private static String status() {
        return driver.findElement(By.id("status")).getText();
    }

    private static String textContent(String id) {
        return driver.findElement(By.id(id)).getDomProperty("textContent");
    }

    @Test
    void eachSampleUploaded_showsTheOutcomeLinesAndFindingsInTheClisWords() throws IOException {
        openPage();
        for (String name : Fixtures.SAMPLE_NAMES) {
            Path pack = Fixtures.sample(name);
            Decision decision = reference.decide(Declaration.read(pack));
            String[] plain = decision.toPlainText().split("\\R");
            upload(pack);

            WebElement outcome = driver.findElement(By.id("outcome"));
            assertTrue(outcome.isDisplayed(), name);
            assertEquals(plain[0], outcome.getText(), name + ": the CLI's first line");
            assertEquals(decision.outcome().name(), outcome.getDomAttribute("data-outcome"));
            assertEquals(plain[1], driver.findElement(By.id("decided-by")).getText(), name + ": which rule set decided");
            assertTrue(driver.findElement(By.id("registry-note")).getText().contains("operator's registry"));

            List<WebElement> rows = driver.findElements(By.cssSelector("#lines tbody tr"));
            assertEquals(decision.lines().size(), rows.size(), name);
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(decision.lines().get(i).sku(), rows.get(i).findElement(By.className("sku")).getText());
                assertEquals(decision.lines().get(i).outcome().name(),
                        rows.get(i).findElement(By.className("line-outcome")).getText());
            }

            List<WebElement> findings = driver.findElements(By.cssSelector("#findings li.finding"));
            assertEquals(decision.findings().size(), findings.size(), name);
            for (int i = 0; i < findings.size(); i++) {
                Finding expected = decision.findings().get(i);
                WebElement shown = findings.get(i);
                String head = shown.findElement(By.className("finding-head")).getText();
                assertTrue(head.startsWith(expected.code() + "  ["), head);
                assertTrue(decision.toPlainText().contains((i + 1) + ". " + head + System.lineSeparator()),
                        "the finding's first line as the CLI prints it: " + head);
                assertEquals(PlainText.escape(expected.message()), shown.findElement(By.className("message")).getText());
                assertEquals("What to do: " + PlainText.escape(expected.remedy()),
                        shown.findElement(By.className("remedy")).getText());
                assertTrue(decision.toPlainText().contains(shown.findElement(By.className("remedy")).getText()),
                        "the remedy in the same words as the CLI's plain output");
            }
            if (decision.findings().isEmpty()) {
                assertEquals(plain[plain.length - 1], driver.findElement(By.id("no-findings")).getText());
            }
            assertEquals(decision.toPlainText(), textContent("plain-text"), name + ": the whole plain text");
        }
    }

    @Test
    void packTextWithHtml_shownAsText_neverRun() throws IOException {
        openPage();
        String hostile = Fixtures.read(Fixtures.sample("green-lane.json"))
                .replace("\"DEC-2026-000123\"", "\"<img src=x onerror=\\\"document.body.dataset.pwned='yes'\\\">DEC-<b>1</b>\"")
                .replace("\"Beilun\"", "\"<script>document.body.dataset.pwned='yes'</script><i>Nowhere</i>\"");
        Path pack = dir.resolve("hostile.json");
        Files.writeString(pack, hostile);
        upload(pack);

        String headline = driver.findElement(By.id("outcome")).getText();
        assertTrue(headline.contains("<img src=x onerror=\"document.body.dataset.pwned='yes'\">DEC-<b>1</b>"), headline);
        String findings = driver.findElement(By.id("findings")).getText();
        assertTrue(findings.contains("<script>document.body.dataset.pwned='yes'</script><i>Nowhere</i>"), findings);
        assertEquals(List.of(), driver.findElements(By.cssSelector("#result img, #result b, #result i, #result script")),
                "no element was made from pack text");
        assertNull(driver.findElement(By.tagName("body")).getDomAttribute("data-pwned"), "no pack script ran");
    }

    @Test
    void brokenPack_oneLineErrorNamingTheJsonPath() {
        openPage();
        upload(Fixtures.SAMPLES.resolve("broken/bad-date.json"));
        WebElement error = driver.findElement(By.id("error"));
        assertTrue(error.isDisplayed());
        assertTrue(error.getText().startsWith("bad-date.json: $."), error.getText());
        assertFalse(driver.findElement(By.id("result")).isDisplayed());
    }

    @Test
    void keyboardOnly_aSampleChosenWithTabAndEnter_focusMovesToTheOutcome() {
        openPage();
        WebElement body = driver.findElement(By.tagName("body"));
        body.click();
        // Tab from the top of the page until the first sample button has the focus, then press Enter.
        for (int i = 0; i < 10 && !"sample".equals(driver.switchTo().activeElement().getDomAttribute("class")); i++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
        }
        WebElement focused = driver.switchTo().activeElement();
        assertEquals("green-lane.json", focused.getDomAttribute("data-sample"), "reachable with Tab");
        focused.sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
        waiting().until(d -> "outcome".equals(d.switchTo().activeElement().getDomAttribute("id")));
        assertTrue(driver.findElement(By.id("outcome")).getText().startsWith("GREEN_LANE"));
    }

    @Test
    void printed_theResultWithoutTheControls() {
        openPage();
        driver.findElements(By.cssSelector("button.sample")).get(1).click();
        waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(driver.findElement(By.id("choose")).isDisplayed(), "the file picker is not printed");
            assertFalse(driver.findElement(By.id("print")).isDisplayed(), "the print button is not printed");
            assertTrue(driver.findElement(By.id("outcome")).isDisplayed());
            assertTrue(driver.findElement(By.id("findings")).isDisplayed());
            assertTrue(driver.findElement(By.id("decided-by")).isDisplayed(), "which rule set decided is printed");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
