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
    public final WebDriver driver;

    private Browser(Process driverProcess, Path pidFile, Path profile, WebDriver driver) {
        this.driverProcess = driverProcess;
        this.pidFile = pidFile;
        this.profile = profile;
        this.driver = driver;
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
            return new Browser(process, pidFile, profile, driver);
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
