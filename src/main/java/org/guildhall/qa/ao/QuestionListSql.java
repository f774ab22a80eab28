package org.guildhall.qa.ao;

import net.java.ao.Query;
import org.guildhall.qa.QuestionListQuery;
import org.guildhall.qa.QuestionListQuery.Position;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import static org.guildhall.qa.ao.SqlLists.ints;
import static org.guildhall.qa.ao.SqlLists.placeholders;

/**
 * Builds the one query of a question list page. A topic filter joins the question-topic rows; every other filter is a
 * column of the question. Keyset paging: rows strictly after the previous page's last (sort key, id), never an offset.
 */
final class QuestionListSql {

    /**
     * Every column a list row needs: all but the body, which no list shows and which is the row's bulk (kilobytes,
     * stored out of line by some databases).
     */
    static final String LIST_COLUMNS = String.join(", ", QuestionEntity.ID, QuestionEntity.COMMUNITY_ID,
            QuestionEntity.AUTHOR_KEY, QuestionEntity.EXTERNAL_AUTHOR_ID, QuestionEntity.TITLE, QuestionEntity.SCORE,
            QuestionEntity.ANSWER_COUNT, QuestionEntity.ACCEPTED_ANSWER_ID, QuestionEntity.LIST_STATE,
            QuestionEntity.CLOSE_REASON, QuestionEntity.DUPLICATE_OF_ID, QuestionEntity.CLOSED_BY,
            QuestionEntity.CLOSED_AT, QuestionEntity.DELETED, QuestionEntity.DELETED_BY, QuestionEntity.DELETED_AT,
            QuestionEntity.REVISION, QuestionEntity.CREATED_AT, QuestionEntity.UPDATED_AT,
            QuestionEntity.LAST_ACTIVITY_AT, QuestionEntity.SOURCE_URL);

    private static final String Q = "q.";
    private static final String QT = "qt.";

    private QuestionListSql() {
    }

    static Query of(QuestionListQuery query, Collection<Long> communityIds, int limit) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        where.append(Q).append(QuestionEntity.COMMUNITY_ID).append(" IN (").append(placeholders(communityIds.size()))
                .append(") AND ").append(Q).append(QuestionEntity.DELETED).append(" = ?");
        parameters.addAll(List.of(ints(communityIds)));
        parameters.add(Boolean.FALSE);
        query.state().ifPresent(state -> {
            where.append(" AND ").append(Q).append(QuestionEntity.LIST_STATE).append(" = ?");
            parameters.add(state.id());
        });
        query.authorKey().ifPresent(author -> {
            where.append(" AND ").append(Q).append(QuestionEntity.AUTHOR_KEY).append(" = ?");
            parameters.add(author);
        });
        query.topic().ifPresent(topic -> {
            where.append(" AND ").append(QT).append(QuestionTopicEntity.TOPIC).append(" = ?");
            parameters.add(topic);
        });
        String column = Q + switch (query.sort()) {
            case NEWEST -> QuestionEntity.CREATED_AT;
            case ACTIVITY -> QuestionEntity.LAST_ACTIVITY_AT;
            case SCORE -> QuestionEntity.SCORE;
        };
        query.after().ifPresent(position -> {
            // "key <= ?" first: a plain range the database can seek to in the (community, deleted, key) index; the
            // OR alone is only a filter, and a deep page of a sort with many equal keys (scores) then reads every row
            // before it (78 ms instead of 1 ms at page 50 of a 20,000-question community on PostgreSQL).
            where.append(" AND ").append(column).append(" <= ? AND (").append(column).append(" < ? OR ")
                    .append(Q).append(QuestionEntity.ID).append(" < ?)");
            Object key = keyValue(query.sort(), position);
            parameters.add(key);
            parameters.add(key);
            parameters.add((int) position.id());
        });
        Query select = Query.select(LIST_COLUMNS).alias(QuestionEntity.class, "q");
        if (query.topic().isPresent()) {
            select = select.alias(QuestionTopicEntity.class, "qt")
                    .join(QuestionTopicEntity.class, Q + QuestionEntity.ID + " = " + QT + QuestionTopicEntity.QUESTION_ID);
        }
        return select.where(where.toString(), parameters.toArray())
                .order(column + " DESC, " + Q + QuestionEntity.ID + " DESC")
                .limit(limit);
    }

    /** Counting the questions of a topic: the topic rows carry the community, the question says whether it is deleted. */
    static Query topicCount(String topic, Collection<Long> communityIds) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(topic);
        parameters.addAll(List.of(ints(communityIds)));
        parameters.add(Boolean.FALSE);
        return Query.select().alias(QuestionEntity.class, "q").alias(QuestionTopicEntity.class, "qt")
                .join(QuestionTopicEntity.class, Q + QuestionEntity.ID + " = " + QT + QuestionTopicEntity.QUESTION_ID)
                .where(QT + QuestionTopicEntity.TOPIC + " = ? AND " + QT + QuestionTopicEntity.COMMUNITY_ID + " IN ("
                        + placeholders(communityIds.size()) + ") AND " + Q + QuestionEntity.DELETED + " = ?",
                        parameters.toArray());
    }

    private static Object keyValue(QuestionListQuery.Sort sort, Position position) {
        return sort == QuestionListQuery.Sort.SCORE ? (Object) (int) position.key() : new Date(position.key());
    }
}
