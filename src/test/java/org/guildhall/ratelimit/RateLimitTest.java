package org.guildhall.ratelimit;

import org.junit.After;
import org.junit.Test;

import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

public class RateLimitTest {

    private static final String ASK_PROPERTY = RateLimiter.PROPERTY_PREFIX + "ask";
    private final String before = System.getProperty(ASK_PROPERTY);

    @After
    public void restoreProperty() {
        if (before == null) {
            System.clearProperty(ASK_PROPERTY);
        } else {
            System.setProperty(ASK_PROPERTY, before);
        }
    }

    @Test
    public void parse_readsCountPerSeconds() {
        assertThat(RateLimit.parse(" 10 / 60 "), is(Optional.of(new RateLimit(10, 60))));
    }

    @Test
    public void parse_refusesAnythingElse() {
        for (String text : new String[]{null, "", "10", "10/0", "0/60", "-1/60", "ten/60", "10/60/1"}) {
            assertThat(String.valueOf(text), RateLimit.parse(text), is(Optional.empty()));
        }
    }

    @Test
    public void limitOf_defaultsToTenQuestionsAMinute() {
        System.clearProperty(ASK_PROPERTY);

        assertThat(RateLimiter.limitOf(RateLimitedAction.ASK), is(new RateLimit(10, 60)));
    }

    @Test
    public void limitOf_isSetByTheActionsSystemProperty_andFallsBackToTheDefaultWhenItIsMalformed() {
        System.setProperty(ASK_PROPERTY, "3/3600");
        assertThat(RateLimiter.limitOf(RateLimitedAction.ASK), is(new RateLimit(3, 3600)));

        System.setProperty(ASK_PROPERTY, "lots");
        assertThat(RateLimiter.limitOf(RateLimitedAction.ASK), is(new RateLimit(10, 60)));
    }
}
