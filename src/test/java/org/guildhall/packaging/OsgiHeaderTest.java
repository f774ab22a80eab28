package org.guildhall.packaging;

import org.junit.Test;

import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

public class OsgiHeaderTest {

    @Test
    public void parse_keepsQuotedRangesWholeAndSeparatesDirectives() {
        OsgiHeader header = OsgiHeader.parse(
                "jakarta.ws.rs;version=\"[3.0,4)\",com.atlassian.x;resolution:=optional,a.b;c.d;version=2");

        assertThat(header.names(), contains("jakarta.ws.rs", "com.atlassian.x", "a.b", "c.d"));
        assertThat(header.clauses().get(0).version(), is(Optional.of("[3.0,4)")));
        assertThat(header.clauses().get(0).hasUpperBound(), is(true));
        assertThat(header.clauses().get(1).isOptional(), is(true));
        assertThat(header.clauses().get(1).version(), is(Optional.empty()));
        assertThat(header.clauses().get(3).version(), is(Optional.of("2")));
        assertThat(header.clauses().get(3).hasUpperBound(), is(false));
    }

    @Test
    public void toHeaderText_roundTripsAttributesAndDirectives() {
        OsgiHeader.Clause clause = OsgiHeader.parse("x.y;version=\"[1,2)\";resolution:=optional").clauses().get(0);

        assertThat(OsgiHeader.parse(clause.toHeaderText()).clauses(), contains(clause));
    }
}
