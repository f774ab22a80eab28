package org.guildhall.analytics.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.Entity;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Model version 4: fills each person's first post per community ({@code FIRST_POST}), which community health reads to
 * tell newcomers from returning members, from the questions, answers and comments written so far: per community and
 * person (user key, or {@code external:<id>} for imported authors) the earliest post that is not deleted.
 * <p>
 * Idempotent: it first removes every row it writes, then recomputes them. Posts are read {@value #BATCH} at a time in
 * id order; only the first posts found so far (one per community and person) are held. Older nodes of a rolling
 * restart do not keep the table in step: their new first posts appear when the person's post is next deleted or
 * restored, or when the community is next imported into; until then such a person may count as neither newcomer nor
 * returning.
 */
public final class FirstPostsUpgradeTask implements ActiveObjectsUpgradeTask {

    static final int BATCH = 1000;
    private static final String EXTERNAL = "external:";

    /** The columns of a post this task reads. */
    private record Post(int communityId, String authorKey, Integer externalAuthorId, Date createdAt) {
    }

    private final int batch;

    /** As the Active Objects plugin creates it. */
    public FirstPostsUpgradeTask() {
        this(BATCH);
    }

    /** With another batch size (tests cross batch boundaries with a few rows). */
    FirstPostsUpgradeTask(int batch) {
        this.batch = batch;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(QuestionPostsVersion4.class, AnswerPostsVersion4.class, CommentPostsVersion4.class,
                FirstPostVersion4.class);
        ao.deleteWithSQL(FirstPostVersion4.class, "ID > ?", 0);
        Map<String, Map<String, Object>> first = new LinkedHashMap<>();
        read(ao, QuestionPostsVersion4.class, post -> new Post(post.getCommunityId(), post.getAuthorKey(),
                post.getExternalAuthorId(), post.getCreatedAt()), first);
        read(ao, AnswerPostsVersion4.class, post -> new Post(post.getCommunityId(), post.getAuthorKey(),
                post.getExternalAuthorId(), post.getCreatedAt()), first);
        read(ao, CommentPostsVersion4.class, post -> new Post(post.getCommunityId(), post.getAuthorKey(),
                post.getExternalAuthorId(), post.getCreatedAt()), first);
        List<Map<String, Object>> rows = new ArrayList<>(first.values());
        for (int start = 0; start < rows.size(); start += batch) {
            ao.create(FirstPostVersion4.class, rows.subList(start, Math.min(rows.size(), start + batch)));
        }
    }

    private <T extends Entity> void read(ActiveObjects ao, Class<T> table, Function<T, Post> columns,
                                         Map<String, Map<String, Object>> first) {
        int afterId = 0;
        while (true) {
            T[] posts = ao.find(table, Query.select().where("ID > ? AND DELETED = ?", afterId, Boolean.FALSE)
                    .order("ID ASC").limit(batch));
            for (T row : posts) {
                Post post = columns.apply(row);
                String person = post.authorKey() != null ? post.authorKey()
                        : post.externalAuthorId() == null ? null : EXTERNAL + post.externalAuthorId();
                if (person != null) {
                    String pair = post.communityId() + "|" + person;
                    Map<String, Object> found = first.get(pair);
                    if (found == null) {
                        found = new HashMap<>();
                        found.put(FirstPostVersion4.COMMUNITY_ID, post.communityId());
                        found.put(FirstPostVersion4.PERSON_KEY, person);
                        found.put(FirstPostVersion4.PAIR_KEY, pair);
                        found.put(FirstPostVersion4.FIRST_AT, post.createdAt());
                        first.put(pair, found);
                    } else if (post.createdAt().before((Date) found.get(FirstPostVersion4.FIRST_AT))) {
                        found.put(FirstPostVersion4.FIRST_AT, post.createdAt());
                    }
                }
            }
            if (posts.length < batch) {
                return;
            }
            afterId = posts[posts.length - 1].getID();
        }
    }
}
