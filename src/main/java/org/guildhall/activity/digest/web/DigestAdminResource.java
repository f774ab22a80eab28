package org.guildhall.activity.digest.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.activity.digest.DigestSending;

/**
 * {@code POST /rest/guildhall/1.0/admin/digests/send}: runs the digest job now (system administrators), for trying
 * digests out and for tests. It is the scheduled job's own work: it sends only the digests that are due and not sent
 * yet in the current period, so it never sends anyone a second digest for a day or week.
 */
@Path("/admin/digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestAdminResource {

    private final DigestSending sending;

    public DigestAdminResource(DigestSending sending) {
        this.sending = sending;
    }

    public record SentJson(int mailed) {
    }

    /** @return 200 {@code {"mailed":n}}; 401/403 for everyone but system administrators */
    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_JSON)
    public SentJson send() {
        return new SentJson(sending.sendDueNow());
    }
}
