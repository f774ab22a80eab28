package org.guildhall.community;

import org.junit.Test;

import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

public class DirectoryPositionTest {

    @Test
    public void aCursorLeadsBackToThePositionItWasMadeFrom() {
        DirectoryPosition position = new DirectoryPosition("café \n & <friends>", 42);

        assertThat(DirectoryPosition.fromCursor(position.toCursor()), is(Optional.of(position)));
    }

    @Test
    public void cursorsAreSafeInAUrlQueryWithoutEncoding() {
        assertThat(new DirectoryPosition("a/b+c?d=e", 7).toCursor(), matchesPattern("[A-Za-z0-9_-]+"));
    }

    @Test
    public void stringsThatAreNoCursorOfOursAreRejected() {
        assertThat(DirectoryPosition.fromCursor("%%%"), is(Optional.empty()));
        assertThat(DirectoryPosition.fromCursor("bm90LWEtbnVtYmVyCnh5eg"), is(Optional.empty()));
        assertThat(DirectoryPosition.fromCursor(""), is(Optional.empty()));
    }
}
