package org.guildhall.workbench.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * People opening the page that shows the community directory macro: Confluence renders the page for each reader
 * ({@code body.view}), so every view runs the macro with that reader's permissions.
 */
final class DirectoryMacroScenario implements Scenario {

    /** The macro shows this many cards unless its {@code limit} parameter says otherwise. */
    private static final int CARDS = 12;
    private static final String CARD_MARKER = "guildhall-card-name";

    @Override
    public String name() {
        return "directory-macro";
    }

    @Override
    public String description() {
        return "GET /rest/api/content/{id}?expand=body.view of a page with the guildhall-community-directory macro "
                + "(page render with the macro, " + CARDS + " cards) as a rotating set of people";
    }

    @Override
    public void check(Target target) throws IOException, InterruptedException {
        String user = target.dataset().usernames().get(0);
        HttpResponse<String> response = target.send(request(target, user));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name() + ": the directory page answered " + response.statusCode() + " to "
                    + user + ": " + response.body());
        }
        int cards = response.body().split(CARD_MARKER, -1).length - 1;
        if (cards != CARDS) {
            throw new IllegalStateException(name() + ": the directory page shows " + cards + " communities to " + user
                    + ", not " + CARDS + "; is the dataset loaded?");
        }
    }

    @Override
    public Visitor visitor(Target target, int worker) {
        return new Visitor() {
            private long visits;

            @Override
            public HttpRequest next() {
                return request(target, target.dataset().user(worker, visits++));
            }

            @Override
            public boolean accept(HttpResponse<String> response) {
                return response.statusCode() == 200 && response.body().contains(CARD_MARKER);
            }
        };
    }

    private static HttpRequest request(Target target, String user) {
        long page = target.dataset().page(CommunityDataPart.DIRECTORY_PAGE);
        return target.get("/rest/api/content/" + page + "?expand=body.view", user).build();
    }
}
