package org.guildhall.community.web;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.community.PeopleSearch;
import org.guildhall.platform.GuildhallException.InvalidInput;

import java.util.List;
import java.util.Map;

/** {@code /rest/guildhall/1.0/people}: Confluence users by name, for pickers such as the invitation form. */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private final PeopleSearch search;

    public PeopleResource(PeopleSearch search) {
        this.search = search;
    }

    /**
     * People whose username or full name contains the query. Logged-in callers only.
     *
     * @param query text to look for (1 to 255 characters)
     * @param limit 1 to {@value PeopleSearch#MAX_LIMIT}, default {@value PeopleSearch#DEFAULT_LIMIT}
     * @return 200 with {@code {"results":[{"userKey","username","displayName"}]}}; 400 naming {@code query} or
     *         {@code limit}; 401 when not logged in
     */
    @GET
    public PeopleJson people(@QueryParam("query") String query,
                             @QueryParam("limit") @DefaultValue("" + PeopleSearch.DEFAULT_LIMIT) String limit) {
        int size;
        try {
            size = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(Map.of("limit", "guildhall.error.people.limit"));
        }
        return new PeopleJson(search.search(query, size).stream()
                .map(person -> new PersonJson(person.userKey(), person.username(), person.displayName())).toList());
    }

    /** A page of people. */
    public record PeopleJson(List<PersonJson> results) {
    }

    /** One person as pickers show them. */
    public record PersonJson(String userKey, String username, String displayName) {
    }
}
