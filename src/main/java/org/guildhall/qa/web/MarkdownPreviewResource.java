package org.guildhall.qa.web;

import org.guildhall.platform.web.ReadsOnly;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.qa.PostInput;
import org.guildhall.qa.PostRenderer;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code POST /rest/guildhall/1.0/markdown/preview}: the live preview of the ask and answer forms — CommonMark
 * rendered and sanitised exactly as posts are shown.
 */
@Path("/markdown/preview")
public class MarkdownPreviewResource {

    private final CurrentUser currentUser;
    private final PostRenderer renderer;

    public MarkdownPreviewResource(CurrentUser currentUser, PostRenderer renderer) {
        this.currentUser = currentUser;
        this.renderer = renderer;
    }

    /** The request: CommonMark source. */
    public record PreviewRequest(String markdown) {
    }

    /** The response: sanitised HTML, safe to insert. */
    public record PreviewJson(String html) {
    }

    /**
     * Renders a preview. Logged-in users only; JSON only (a cross-site form cannot send it).
     *
     * @return 200 with {@code html}; 400 naming {@code markdown} when it is over 64 kB; 401 for anonymous callers
     */
    @POST
    @ReadsOnly
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PreviewJson preview(PreviewRequest request) {
        if (currentUser.userKey().isEmpty()) {
            throw new AccessDenied("guildhall.error.login-required");
        }
        String markdown = request == null || request.markdown() == null ? "" : request.markdown();
        if (markdown.getBytes(StandardCharsets.UTF_8).length > PostInput.BODY_MAX_BYTES) {
            throw new InvalidInput(Map.of("markdown", "guildhall.ask.error.preview-too-long"));
        }
        return new PreviewJson(renderer.render(markdown));
    }
}
