package org.guildhall.community;

import org.junit.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

public class DirectoryCursorTest {

    private static final DirectoryPosition POSITION =
            new DirectoryPosition("café \n & <friends>", 42, 7, Instant.parse("2026-03-01T12:00:00.123Z"));
    private static final DirectorySearch ESPRESSO_BY_SIZE =
            new DirectorySearch("beans", Optional.of("espresso"), DirectorySort.SIZE);

    @Test
    public void aCursorLeadsBackToThePositionItWasMadeFrom() {
        String cursor = DirectoryCursor.of(ESPRESSO_BY_SIZE, POSITION).encode();

        assertThat(DirectoryCursor.decode(cursor).orElseThrow().position(), is(POSITION));
    }

    @Test
    public void aCursorBelongsOnlyToTheSearchAndSortItWasMadeFor() {
        DirectoryCursor cursor = DirectoryCursor.decode(DirectoryCursor.of(ESPRESSO_BY_SIZE, POSITION).encode()).orElseThrow();

        assertThat(cursor.belongsTo(ESPRESSO_BY_SIZE), is(true));
        assertThat(cursor.belongsTo(new DirectorySearch("beans", Optional.of("espresso"), DirectorySort.NAME)), is(false));
        assertThat(cursor.belongsTo(new DirectorySearch("bean", Optional.of("espresso"), DirectorySort.SIZE)), is(false));
        assertThat(cursor.belongsTo(new DirectorySearch("beans", Optional.empty(), DirectorySort.SIZE)), is(false));
    }

    @Test
    public void cursorsAreSafeInAUrlQueryWithoutEncodingAndDoNotShowTheSearchText() {
        String cursor = DirectoryCursor.of(new DirectorySearch("secret plans", Optional.empty(), DirectorySort.NAME),
                new DirectoryPosition("a/b+c?d=e", 7, 0, Instant.EPOCH)).encode();

        assertThat(cursor, matchesPattern("[A-Za-z0-9_-]+"));
        assertThat(new String(Base64.getUrlDecoder().decode(cursor), UTF_8), not(containsString("secret")));
    }

    @Test
    public void stringsThatAreNoCursorOfOursAreRejected() {
        assertThat(DirectoryCursor.decode("%%%"), is(Optional.empty()));
        assertThat(DirectoryCursor.decode(""), is(Optional.empty()));
        assertThat(DirectoryCursor.decode(encode("d1\nabc\nnot-a-number\n1\n2\nname")), is(Optional.empty()));
        assertThat(DirectoryCursor.decode(encode("42\nname")), is(Optional.empty()));
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(UTF_8));
    }
}
