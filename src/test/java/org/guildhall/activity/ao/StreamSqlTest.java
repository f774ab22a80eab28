package org.guildhall.activity.ao;

import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.StreamFilter;
import org.guildhall.activity.StreamFilter.Followed;
import org.junit.Test;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * How the stream's query is written for each database: on PostgreSQL every list of values is one array parameter, so
 * a reader who sees 1,000 communities binds one value and every reader's page is the same statement; elsewhere the
 * lists stay portable {@code IN} lists. (That both forms return the same entries is {@link ActivityDaoTest}'s job, on
 * every database.)
 */
public class StreamSqlTest {

    private static final String POSTGRES = "PostgreSQL";

    @Test
    public void onPostgres_aThousandVisibleCommunitiesAreOneArrayParameter_andEveryReaderSharesTheStatement() {
        StreamSql many = StreamSql.of(filter(communities(1_000)), Optional.empty(), 21, "\"", POSTGRES);
        StreamSql few = StreamSql.of(filter(communities(3)), Optional.empty(), 21, "\"", POSTGRES);

        assertThat(many.parameters.size(), is(1));
        StreamSql.ArrayParameter array = (StreamSql.ArrayParameter) many.parameters.get(0);
        assertThat(array.values().size(), is(1_000));
        assertThat(array.elementType(), is("integer"));
        assertThat(many.sql, containsString("a.\"COMMUNITY_ID\" = ANY (?)"));
        assertThat(many.sql, is(few.sql));
    }

    @Test
    public void onPostgres_everyFilterListIsAnArrayParameter() {
        Followed followed = new Followed(Set.of(1L), Set.of("key-ben"), Set.of(3L, 4L), Set.of("espresso"));
        StreamFilter filter = new StreamFilter(communities(600), Set.of("key-ana", "key-cid"), Set.of("beans"),
                Set.of(ActivityKind.QUESTION_ANSWERED), Optional.of(followed));

        StreamSql query = StreamSql.of(filter, Optional.empty(), 21, "\"", POSTGRES);

        assertThat(query.parameters.size(), is(8));
        assertThat(query.parameters, everyItem(instanceOf(StreamSql.ArrayParameter.class)));
        assertThat(query.sql, not(containsString(" IN (")));
    }

    @Test
    public void elsewhere_theVisibleCommunitiesAreInListsOfAtMostFiveHundred() {
        StreamSql query = StreamSql.of(filter(communities(1_000)), Optional.empty(), 21, "`", "MariaDB");

        assertThat(query.parameters.size(), is(1_000));
        assertThat(query.parameters, everyItem(instanceOf(Integer.class)));
        assertThat(query.sql, not(containsString("ANY")));
        assertThat(query.sql.split(" IN \\(", -1).length - 1, is(2));
    }

    private static Set<Long> communities(int count) {
        return LongStream.rangeClosed(1, count).boxed().collect(Collectors.toSet());
    }

    private static StreamFilter filter(Set<Long> communities) {
        return new StreamFilter(communities, Set.of(), Set.of(), Set.of(), Optional.empty());
    }
}
