package org.guildhall.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

/**
 * Headless Chromium from Debian's {@code chromium} package, driven by Playwright for Java (which must not download
 * browsers of its own). Browser tests are skipped when Chromium is not installed, and fail then when
 * {@code -De2e.required=true} (CI sets it).
 */
public final class Browsers {

    private static final List<String> CHROMIUM_ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Browsers() {
    }

    /** Starts Playwright; the caller closes it (which closes the browser too). */
    public static Playwright playwright() {
        requireChromium();
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromiumPath())
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGUMENTS));
    }

    private static void requireChromium() {
        if (Files.isExecutable(chromiumPath())) {
            return;
        }
        String message = "Chromium is not installed at " + chromiumPath() + " (apt-get install -y chromium)";
        if (Boolean.getBoolean("e2e.required")) {
            fail(message + " but browser tests are required (-De2e.required=true)");
        }
        assumeTrue(message + "; browser tests skipped", false);
    }

    private static Path chromiumPath() {
        return Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    }
}
