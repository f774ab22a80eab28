package org.guildhall.activity;

import java.time.Instant;
import java.util.List;

/** Entries for tests: a question asked by someone in a community at a given second. */
public final class ActivityFixture {

    public static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private ActivityFixture() {
    }

    public static NewActivity asked(long communityId, String actorKey, long questionId, int second,
                                    String... topics) {
        return new NewActivity(communityId, ActivityKind.QUESTION_ASKED, actorKey, "question",
                String.valueOf(questionId), questionId, null, "Question " + questionId, "Body " + questionId,
                "/plugins/servlet/guildhall/questions/" + questionId, START.plusSeconds(second),
                "asked:" + questionId, List.of(topics));
    }

    public static NewActivity pageCreated(long communityId, String actorKey, long pageId, int second) {
        return new NewActivity(communityId, ActivityKind.PAGE_CREATED, actorKey, "page", String.valueOf(pageId),
                null, pageId, "Page " + pageId, "", "/pages/viewpage.action?pageId=" + pageId,
                START.plusSeconds(second), "page-created:" + pageId, List.of());
    }
}
