package org.guildhall.qa.importer.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.qa.importer.ImportRun;
import org.guildhall.qa.importer.StackExchangeImport;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * {@code /rest/guildhall/1.0/import}: Stack Exchange imports, for system administrators.
 */
@Path("/import")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final StackExchangeImport imports;

    public ImportResource(StackExchangeImport imports) {
        this.imports = imports;
    }

    /** A run: state {@code queued}, {@code running}, {@code succeeded} or {@code failed}; progress per file. */
    public record ImportRunJson(int id, String site, String state, Object progress, String errorMessage,
                                String createdAt, String finishedAt) {

        static ImportRunJson of(ImportRun run) {
            Object progress;
            try {
                progress = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.progressJson());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                progress = null;
            }
            return new ImportRunJson(run.id(), run.site(), run.state(), progress, run.errorMessage(),
                    run.createdAt().toString(), run.finishedAt() == null ? null : run.finishedAt().toString());
        }
    }

    /**
     * Starts importing a zipped Stack Exchange site dump (Posts, Users, Votes, Tags, PostLinks and Comments XML, at
     * the top of the zip or in one folder) into a community. The body is the zip ({@code application/zip} or
     * {@code application/octet-stream}). System administrators only.
     *
     * @param community the community's space key
     * @param site      the site's host name, e.g. {@code coffee.stackexchange.com}; omit when the zip's folder says it
     * @return 202 with the run ({@code GET /import/runs/{id}} follows it); 400 naming {@code community},
     *         {@code body} or {@code site} (nothing is written); 409 when an import into the community is running;
     *         403 for other users; 401 for anonymous callers
     */
    @POST
    @Path("stackexchange")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM, "application/x-zip-compressed"})
    public Response importStackExchange(@QueryParam("community") String community, @QueryParam("site") String site,
                                        InputStream body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.import.error.not-a-zip"));
        }
        try {
            return Response.status(Response.Status.ACCEPTED).entity(ImportRunJson.of(imports.start(community, site,
                    body))).build();
        } catch (InvalidInput | GuildhallException.Conflict e) {
            // refused before the upload was read (an unknown community, an import already running): the caller is a
            // system administrator, so read the rest of it first. Answering while the client still sends a large
            // body, Jetty closes the connection under it, and the client may get no answer at all, only a reset
            discard(body);
            throw e;
        }
    }

    private static void discard(InputStream body) {
        try {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            // the client went away: nobody to answer
        }
    }

    /**
     * @return 200 with the run and its progress; 404 when there is none; 403 for other users than system
     *         administrators; 401 for anonymous callers
     */
    @GET
    @Path("runs/{id}")
    public ImportRunJson run(@PathParam("id") int id) {
        return ImportRunJson.of(imports.run(id));
    }

    /** @return 200 with the 20 newest runs, newest first; 403 for other users than system administrators */
    @GET
    @Path("runs")
    public List<ImportRunJson> runs() {
        return imports.recentRuns(20).stream().map(ImportRunJson::of).toList();
    }
}
