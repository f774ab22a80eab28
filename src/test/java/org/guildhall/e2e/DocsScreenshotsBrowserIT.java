package org.guildhall.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.RunningWorkbench;
import org.junit.ClassRule;
import org.junit.Test;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

/**
 * The screenshots of the user and administrator guides ({@code docs/user-guide.md}, {@code docs/admin-guide.md}), taken
 * from the workbench's demo data in headless Chromium: each page is checked (it shows what the guide describes, axe
 * clean) and photographed at 1,100 × 760 pixels, scaled down until the PNG is under {@value #MAX_BYTES} bytes.
 * <p>
 * They go to {@code target/e2e/docs/}; with {@code -Ddocs.screenshots=true} also to {@code docs/images/}, replacing
 * the committed ones:
 * <pre>mvn verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DocsScreenshotsBrowserIT -Ddocs.screenshots=true</pre>
 */
public class DocsScreenshotsBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    static final int MAX_BYTES = 150_000;
    private static final String API = "/rest/guildhall/1.0";
    private static final Path BUILD = Path.of(System.getProperty("project.build.directory", "target"), "e2e", "docs");
    private static final Path DOCS = Path.of(System.getProperty("project.basedir", "."), "docs", "images");

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @Test
    public void theGuidesPagesShowWhatTheGuidesDescribe_andArePhotographed() throws InterruptedException {
        ConfluenceClient client = CONFLUENCE.client();
        long question = firstCoffeeQuestion(client);
        assertThat(client.postJson("bob", API + "/questions/" + question + "/answers", toJson(Map.of("body",
                "Grind size, water **temperature** and brew time matter most; change one at a time and taste.")))
                .status(), is(201));
        String tour = client.createPage("alice", "COFFEE", "Ask the coffee community",
                "<ac:structured-macro ac:name=\"guildhall-ask\"/>"
                        + "<ac:structured-macro ac:name=\"guildhall-activity\"><ac:parameter ac:name=\"communities\">"
                        + "COFFEE</ac:parameter><ac:parameter ac:name=\"size\">5</ac:parameter></ac:structured-macro>");
        page.setViewportSize(1100, 760);

        logIn("alice");
        open("/display/GUILDHALL");
        assertThat(page.locator(".guildhall-directory").first()).isVisible();
        photograph("directory", null);

        open("/display/COFFEE");
        assertThat(page.locator(".guildhall-overview").first()).isVisible();
        photograph("community-home", null);
        Locator members = page.locator(".guildhall-members").first();
        assertThat(members.locator(".guildhall-members-action").first()).isVisible();
        photograph("members", members);

        open("/plugins/servlet/guildhall/questions/" + question);
        assertThat(page.locator(".guildhall-answer-form")).isVisible();
        photograph("question", null);

        open("/pages/viewpage.action?pageId=" + tour);
        page.getByLabel("Title").fill("How long do roasted beans stay fresh?");
        page.getByLabel("Details").fill("I buy **1 kg** at a time. Should I freeze part of it?");
        assertThat(page.locator(".guildhall-preview strong")).hasText("1 kg");
        photograph("ask", page.locator(".guildhall-ask").first());
        photograph("activity", page.locator(".guildhall-activity").first());

        open("/plugins/servlet/guildhall/people/wb-key-bob");
        assertThat(page.locator(".guildhall-endorse-open")).isVisible();
        photograph("expertise-profile", null);

        open("/plugins/servlet/guildhall/digest");
        assertThat(page.locator(".guildhall-digest-form")).isVisible();
        photograph("digest", null);

        open("/plugins/servlet/guildhall/space-settings?key=COFFEE");
        assertThat(page.locator(".guildhall-space-settings-form")).isVisible();
        photograph("space-settings", null);

        open("/plugins/servlet/guildhall/communities/COFFEE/health?from=2015-01-01&to=2015-03-31");
        assertThat(page.locator("svg[role=img]").first()).isVisible();
        photograph("health", null);

        readOnly(client, true);
        try {
            open("/display/COFFEE");
            assertThat(page.locator(".guildhall-read-only-message").first()).isVisible();
            photograph("read-only", null);
        } finally {
            readOnly(client, false);
        }

        open("/logout.action");
        logIn("admin");
        open("/plugins/servlet/guildhall/admin/settings");
        page.getByLabel("Password").fill("admin");
        page.getByLabel("Password").press("Enter");
        assertThat(page.locator("h1")).hasText("Guildhall settings");
        photograph("admin-settings", null);
    }

    /** The demo questions are imported in the background when the workbench starts. */
    private static long firstCoffeeQuestion(ConfluenceClient client) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonNode results = client.get("alice", API + "/questions?community=COFFEE&limit=1").json().path("results");
            if (results.size() > 0) {
                return results.get(0).path("id").asLong();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The demo questions were not imported into COFFEE");
    }

    private static void readOnly(ConfluenceClient client, boolean on) {
        assertThat(client.putJson("admin", "/rest/workbench/access-mode", toJson(Map.of("readOnly", on))).status(),
                is(200));
    }

    /** Checks the page with axe-core, then writes the viewport (or one element) as a PNG under the size limit. */
    private void photograph(String name, Locator element) {
        Accessibility.assertNoSeriousViolations(page);
        byte[] png = element == null ? page.screenshot(new Page.ScreenshotOptions())
                : element.screenshot(new Locator.ScreenshotOptions());
        byte[] small = underLimit(png);
        assertThat(name, small.length, lessThan(MAX_BYTES));
        List<Path> targets = Boolean.getBoolean("docs.screenshots") ? List.of(BUILD, DOCS) : List.of(BUILD);
        try {
            for (Path directory : targets) {
                Files.createDirectories(directory);
                Files.write(directory.resolve(name + ".png"), small);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] underLimit(byte[] png) {
        try {
            byte[] current = png;
            while (current.length >= MAX_BYTES) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(current));
                int width = image.getWidth() * 4 / 5;
                int height = image.getHeight() * 4 / 5;
                BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D graphics = scaled.createGraphics();
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                graphics.drawImage(image, 0, 0, width, height, null);
                graphics.dispose();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(scaled, "png", out);
                current = out.toByteArray();
            }
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
