package org.fazhi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian Chromium driven by Debian chromedriver for browser tests. We start chromedriver ourselves
 * so that its process id is known: it is written to {@code target/browser-pids/} (CI ends any
 * leftover by that id) and the whole process tree is ended in {@link #close()}. Selenium Manager
 * never downloads anything. Without Chromium the test is skipped, unless FAZHI_BROWSER_REQUIRED=true
 * (CI), where it fails.
 *
 * <p>The steps every browser test takes are here, once: {@link #open} a path of the application
 * under test, {@link #await} an element, {@link #click} and {@link #type} without a sticky header
 * in the way, {@link #submit} a form by its action, {@link #signIn} as a demo account.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=zh-CN");

    /** How long a page may take to show an element. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private final Process driverProcess;
    private final Path pidFile;
    private final Path profile;
    private final String base;
    private final int driverPort;
    public final WebDriver driver;

    private Browser(Process driverProcess, Path pidFile, Path profile, String base, int driverPort,
            WebDriver driver) {
        this.driverProcess = driverProcess;
        this.pidFile = pidFile;
        this.profile = profile;
        this.base = base;
        this.driverPort = driverPort;
        this.driver = driver;
    }
    /** A Chrome DevTools Protocol command (e.g. Network.emulateNetworkConditions), through chromedriver. */
    public String cdp(String command, String paramsJson) {
        String session = ((RemoteWebDriver) driver).getSessionId().toString();
        try {
            var request = java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + driverPort + "/session/"
                    + session + "/goog/cdp/execute")).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"cmd\":\"" + command + "\",\"params\":"
                            + paramsJson + "}")).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(command + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Throttles the network as Chrome DevTools' "Fast 3G" preset does: 562.5 ms latency, 180,000 bytes/s
     * down, 84,375 bytes/s up. Cached files are not throttled, as in the browser.
     */
    public void fast3g() {
        cdp("Network.enable", "{}");
        cdp("Network.emulateNetworkConditions", "{\"offline\":false,\"latency\":562.5,"
                + "\"downloadThroughput\":180000,\"uploadThroughput\":84375}");
    }

    /** Resizes the window, e.g. {@code 390, 844} for a phone. */
    public void size(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** A browser not tied to the application's address (the test builds full URLs itself). */
    public static Browser start() {
        return start(0);
    }

    /** A browser for the application under test on {@code port} (the test's {@code @LocalServerPort}). */
    public static Browser start(int port) {
        String chrome = env("CHROME_BIN", "/usr/bin/chromium");
        String chromedriver = env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
        boolean required = "true".equalsIgnoreCase(System.getenv("FAZHI_BROWSER_REQUIRED"));
        if (!Files.isExecutable(Path.of(chrome)) || !Files.isExecutable(Path.of(chromedriver))) {
            if (required) {
                throw new IllegalStateException("Chromium or chromedriver missing: " + chrome + ", " + chromedriver);
            }
            Assumptions.abort("Chromium not installed; browser test skipped");
        }
        System.setProperty("webdriver.chrome.driver", chromedriver);
        System.setProperty("SE_AVOID_STATS", "true");
        try {
            int driverPort = freePort();
            Path pids = Path.of("target/browser-pids");
            Files.createDirectories(pids);
            Process process = new ProcessBuilder(chromedriver, "--port=" + driverPort, "--allowed-ips=127.0.0.1")
                    .redirectErrorStream(true)
                    .redirectOutput(pids.resolve("chromedriver-" + driverPort + ".log").toFile()).start();
            Path pidFile = pids.resolve("chromedriver-" + process.pid() + ".pid");
            Files.writeString(pidFile, Long.toString(process.pid()));
            waitForPort(driverPort);
            Path profile = Files.createTempDirectory("fazhi-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chrome);
            options.addArguments(FLAGS);
            options.addArguments("--user-data-dir=" + profile);
            RemoteWebDriver driver = new RemoteWebDriver(URI.create("http://127.0.0.1:" + driverPort).toURL(),
                    options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(process, pidFile, profile, "http://127.0.0.1:" + port, driverPort, driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of {@code path} (starting with "/") in the application under test. */
    public String url(String path) {
        return base + path;
    }

    /**
     * The text of the element once it holds every one of {@code parts} (at most {@link #WAIT}): after a
     * submit the element may first be found on the page being left, whose text is the old one.
     */
    public String awaitText(By by, String... parts) {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    String text = await(by).getText();
                    for (String part : parts) {
                        if (!text.contains(part)) {
                            return null;
                        }
                    }
                    return text;
                });
    }

    /** Loads {@code path} of the application under test. */
    public void open(String path) {
        driver.get(url(path));
    }

    /**
     * The element once it is visible (at most {@link #WAIT}). An element found on the page being left
     * (stale, or "does not belong to the document" while the next page loads) is looked up again.
     */
    public WebElement await(By by) {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return ExpectedConditions.visibilityOfElementLocated(by).apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /**
     * Scrolls the element to the middle of the window first, so that nothing sticky lies over it;
     * instantly, as Bootstrap makes scrolling smooth and a click during the animation misses.
     */
    public void click(WebElement e) {
        scrollToCentre(e);
        // something may still lie over it while the page settles (a menu closing, a layout shift): try again
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    ExpectedConditions.elementToBeClickable(e).apply(d);
                    e.click();
                    return true;
                });
    }

    /** Replaces the text of the field with id {@code id} once it is visible. */
    public void type(String id, String text) {
        WebElement e = await(By.id(id));
        scrollToCentre(e);
        e.clear();
        e.sendKeys(text);
    }

    /** Submits the form on the page whose action ends with {@code actionSuffix}. */
    public void submit(String actionSuffix) {
        click(driver.findElement(By.cssSelector("form[action$='" + actionSuffix + "'] button[type=submit]")));
    }

    /**
     * Submits the form whose action ends with {@code actionSuffix} and answers "yes" in the dialog an
     * irreversible step asks for confirmation in ({@code data-confirm}).
     */
    public void submitConfirmed(String actionSuffix) {
        submit(actionSuffix);
        confirm();
    }

    /** Answers "yes" in the confirmation dialog now open, and waits until it is gone. */
    public void confirm() {
        WebElement ok = await(By.id("fz-confirm-ok"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(ok)).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("fz-confirm")));
    }

    /** Runs JavaScript in the page and returns its value. */
    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Fills the sign-in form on the current page with the password and submits it; returns once the
     * next page (the console, or the second-factor page where one is required) shows its heading.
     */
    public void submitSignIn(String username, String password) {
        await(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement form = driver.findElement(By.id("login-submit"));
        form.click();
        new WebDriverWait(driver, WAIT).until(d -> left(form));
        await(By.tagName("h1"));
    }

    /** Whether the page {@code e} was found on has been replaced (Chromium also says "does not belong"). */
    private static boolean left(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException ex) {
            if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw ex;
        }
    }

    /** A fresh session as the demo account {@code username} (the previous one, if any, is dropped), on the console. */
    public void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/console");
        submitSignIn(username, DemoUsers.PASSWORD);
        assertThat(driver.getCurrentUrl()).as("%s signed in", username).doesNotContain("/login");
    }

    private void scrollToCentre(WebElement e) {
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
    }

    /** Saves a screenshot under target/screenshots/. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // the process tree is ended below in any case
        } finally {
            driverProcess.descendants().forEach(ProcessHandle::destroyForcibly);
            driverProcess.destroyForcibly();
            try {
                Files.deleteIfExists(pidFile);
                deleteTree(profile);
            } catch (IOException ignored) {
                // temporary files only
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitForPort(int port) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("chromedriver did not open port " + port);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
