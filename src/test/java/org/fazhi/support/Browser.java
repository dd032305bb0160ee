package org.fazhi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Debian Chromium driven by Debian chromedriver for browser tests. We start chromedriver ourselves
 * so that its process id is known: it is written to {@code target/browser-pids/} (CI ends any
 * leftover by that id) and the whole process tree is ended in {@link #close()}. Selenium Manager
 * never downloads anything. Without Chromium the test is skipped, unless FAZHI_BROWSER_REQUIRED=true
 * (CI), where it fails.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=zh-CN");

    private final Process driverProcess;
    private final Path pidFile;
    private final Path profile;
    private final int driverPort;
    public final WebDriver driver;

    private Browser(Process driverProcess, Path pidFile, Path profile, int driverPort, WebDriver driver) {
        this.driverProcess = driverProcess;
        this.pidFile = pidFile;
        this.profile = profile;
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

    public static Browser start() {
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
            int port = freePort();
            Path pids = Path.of("target/browser-pids");
            Files.createDirectories(pids);
            Process process = new ProcessBuilder(chromedriver, "--port=" + port, "--allowed-ips=127.0.0.1")
                    .redirectErrorStream(true).redirectOutput(pids.resolve("chromedriver-" + port + ".log").toFile())
                    .start();
            Path pidFile = pids.resolve("chromedriver-" + process.pid() + ".pid");
            Files.writeString(pidFile, Long.toString(process.pid()));
            waitForPort(port);
            Path profile = Files.createTempDirectory("fazhi-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chrome);
            options.addArguments(FLAGS);
            options.addArguments("--user-data-dir=" + profile);
            RemoteWebDriver driver = new RemoteWebDriver(URI.create("http://127.0.0.1:" + port).toURL(), options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(process, pidFile, profile, port, driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
