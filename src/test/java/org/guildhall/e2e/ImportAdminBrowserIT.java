package org.guildhall.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.guildhall.qa.importer.SampleDumps;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.RunningWorkbench;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The Stack Exchange import page in headless Chromium: the system administrator uploads a small dump (ten questions
 * of the AI sample with their answers, votes, comments and links, zipped by the test) into a fresh community, by
 * keyboard, and watches the run finish in the live region; the recent runs list shows it. Checked with axe-core;
 * screenshots in {@code target/e2e/}. Not the coffee sample: the workbench imported it into COFFEE at start, and
 * imported posts are keyed by site and post id across communities, so a second import of them writes nothing.
 */
public class ImportAdminBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final int QUESTIONS = 10;
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(Id|PostTypeId|ParentId|PostId|RelatedPostId)=\"(\\d+)\"");

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @Test
    public void theAdministratorImportsASmallDumpIntoAFreshCommunityAndWatchesItFinish() throws IOException {
        ConfluenceClient confluence = CONFLUENCE.client();
        confluence.createSpace("admin", "MINDS", "Machine minds archive");
        assertThat(confluence.putJson("admin", "/rest/guildhall/1.0/communities/MINDS",
                toJson(Map.of("name", "Machine minds archive"))).status(), is(200));

        logIn("admin");
        open("/plugins/servlet/guildhall/admin/import");
        assertThat(page.locator("h1")).hasText("Import from Stack Exchange");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-import-admin");

        page.getByLabel("Community").selectOption("MINDS");
        page.getByLabel("Dump (zip)").setInputFiles(new FilePayload("ai-sample.zip", "application/zip",
                smallAiDump()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start import")).focus();
        page.keyboard().press("Enter");

        Locator status = page.locator(".guildhall-import-status");
        assertThat(status).containsText("of ai.stackexchange.com: finished.",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        Locator posts = page.locator(".guildhall-import-files tbody tr").filter(new Locator.FilterOptions()
                .setHasText("Posts.xml"));
        assertThat(posts.locator("td").nth(1)).not().hasText("0");
        assertThat(page.locator(".guildhall-import-runs tbody tr").first()).containsText("ai.stackexchange.com");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-import-admin-finished");

        assertThat(confluence.get("alice", "/rest/guildhall/1.0/questions?community=MINDS&limit=50").json()
                .path("results").size(), is(QUESTIONS));
    }

    /** The first questions of the AI sample with everything that refers only to them, zipped in a site folder. */
    private static byte[] smallAiDump() throws IOException {
        Path folder = SampleDumps.folder(SampleDumps.AI);
        Set<String> questions = new HashSet<>();
        Set<String> posts = new HashSet<>();
        List<String> postRows = Files.readAllLines(folder.resolve("Posts.xml"), StandardCharsets.UTF_8);
        for (String row : postRows) {
            Map<String, String> ids = ids(row);
            if ("1".equals(ids.get("PostTypeId")) && questions.size() < QUESTIONS) {
                questions.add(ids.get("Id"));
            }
        }
        for (String row : postRows) {
            Map<String, String> ids = ids(row);
            if (questions.contains(ids.get("Id")) || questions.contains(ids.get("ParentId"))) {
                posts.add(ids.get("Id"));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : List.of("Posts.xml", "Users.xml", "Votes.xml", "Tags.xml", "PostLinks.xml",
                    "Comments.xml")) {
                StringBuilder kept = new StringBuilder();
                for (String line : Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8)) {
                    if (keep(file, line, posts)) {
                        kept.append(line).append('\n');
                    }
                }
                zip.putNextEntry(new ZipEntry(SampleDumps.AI + "/" + file));
                zip.write(kept.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static boolean keep(String file, String line, Set<String> posts) {
        if (!line.trim().startsWith("<row ")) {
            return true;
        }
        Map<String, String> ids = ids(line);
        return switch (file) {
            case "Posts.xml" -> posts.contains(ids.get("Id"));
            case "Votes.xml", "Comments.xml" -> posts.contains(ids.get("PostId"));
            case "PostLinks.xml" -> posts.contains(ids.get("PostId")) && posts.contains(ids.get("RelatedPostId"));
            default -> true;
        };
    }

    private static Map<String, String> ids(String row) {
        Map<String, String> ids = new HashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(row);
        while (matcher.find()) {
            ids.putIfAbsent(matcher.group(1), matcher.group(2));
        }
        return ids;
    }
}
