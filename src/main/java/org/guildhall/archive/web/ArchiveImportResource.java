package org.guildhall.archive.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.archive.ArchiveImport;
import org.guildhall.archive.ArchiveImport.ImportResult;
import org.guildhall.platform.GuildhallException.InvalidInput;

import java.io.InputStream;
import java.util.Map;

/**
 * {@code POST /import/archive}: imports a community archive (docs/archive-format.md).
 */
@Path("/import/archive")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveImportResource {

    private final ArchiveImport archiveImport;

    public ArchiveImportResource(ArchiveImport archiveImport) {
        this.archiveImport = archiveImport;
    }

    /**
     * Imports an archive (the JSON body, or the uploaded file as {@code application/octet-stream}) into the
     * community on the space it names, which must exist on this site. System administrators only. Importing the same
     * archive again adds nothing.
     *
     * @return 200 with {@code spaceKey}, {@code communityCreated}, and the rows {@code added} and {@code skipped} per
     *         kind; 400 naming {@code body}, {@code format}, {@code version}, {@code community.spaceKey} or the field
     *         at fault (nothing is written); 409 while another import into the space runs; 403 for other users; 401
     *         anonymous
     */
    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    public ImportResult importArchive(InputStream body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.archive.error.malformed"));
        }
        return archiveImport.importArchive(body);
    }
}
