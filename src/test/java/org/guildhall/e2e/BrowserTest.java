package org.guildhall.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.guildhall.testing.RunningWorkbench;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Base of the browser tests: one headless Chromium per test class, a fresh browser context (no cookies) per test,
 * logging in through the login form as a person would, and full-page screenshots under {@code target/e2e/}.
 */
public abstract class BrowserTest {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("project.build.directory", "target"), "e2e");
    /** Any page but the login form: where the form sends a person who logged in. */
    private static final Pattern LOGGED_IN = Pattern.compile("^(?!.*login\\.action).*$");

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    protected Page page;

    /** @return the workbench of the test class (its {@code @ClassRule}) */
    protected abstract RunningWorkbench confluence();

    @BeforeClass
    public static void launchBrowser() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterClass
    public static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @Before
    public void openContext() {
        context = browser.newContext();
        page = context.newPage();
    }

    @After
    public void closeContext() {
        context.close();
    }

    /** Logs in through the login form with the demo password (= user name) and waits until it has been left. */
    protected void logIn(String user) {
        page.navigate(confluence().baseUrl() + "/login.action");
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password").fill(user);
        page.keyboard().press("Enter");
        page.waitForURL(LOGGED_IN);
    }

    /** Opens a path of the workbench, e.g. {@code /display/GUILDHALL}. */
    protected void open(String path) {
        page.navigate(confluence().baseUrl() + path);
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
