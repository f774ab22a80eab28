package org.guildhall.archive.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.guildhall.archive.ArchiveWriter;
import org.guildhall.archive.CommunityExport;


/**
 * {@code GET /communities/{spaceKey}/export}: a community's portable archive (docs/archive-format.md).
 */
@Path("/communities/{spaceKey}/export")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityExportResource {

    private final CommunityExport export;

    public CommunityExportResource(CommunityExport export) {
        this.export = export;
    }

    /**
     * Streams the community's archive as a JSON download. Space admins of the community's space and system
     * administrators only.
     *
     * @return 200 with the archive; 404 when there is no community on the space or the caller cannot view it (a
     *         private community is invisible to outsiders); 403 for other people who can view it; 401 anonymous
     */
    @GET
    public Response export(@PathParam("spaceKey") String spaceKey) {
        ArchiveWriter writer = export.export(spaceKey);
        StreamingOutput body = writer::writeTo;
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"guildhall-"
                        + spaceKey.replaceAll("[^A-Za-z0-9_-]", "") + "-archive.json\"")
                .build();
    }
}
