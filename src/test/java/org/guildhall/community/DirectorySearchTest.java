package org.guildhall.community;

import org.guildhall.platform.GuildhallException;
import org.junit.Test;

import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

public class DirectorySearchTest {

    @Test
    public void parse_treatsMissingAndBlankValuesAsEveryCommunityByName() {
        assertThat(DirectorySearch.parse(null, null, null), is(DirectorySearch.ALL));
        assertThat(DirectorySearch.parse("  ", " ", ""), is(DirectorySearch.ALL));
    }

    @Test
    public void parse_lowerCasesAndTrimsTheTextAndNormalisesTheTopic() {
        DirectorySearch search = DirectorySearch.parse("  Espresso MACHINES ", " Cold Brew ", "ACTIVITY");

        assertThat(search, is(new DirectorySearch("espresso machines", Optional.of("cold-brew"), DirectorySort.ACTIVITY)));
    }

    @Test
    public void parse_acceptsTextUpToTwoHundredCharacters() {
        assertThat(DirectorySearch.parse("q".repeat(200), null, null).text().length(), is(200));
    }

    @Test
    public void parse_namesEachFieldThatIsWrong() {
        GuildhallException invalid = assertThrows(GuildhallException.InvalidInput.class,
                () -> DirectorySearch.parse("q".repeat(201), "no/such topic", "popularity"));

        assertThat(invalid.fieldErrorKeys(), hasEntry("query", "guildhall.error.query.too-long"));
        assertThat(invalid.fieldErrorKeys(), hasEntry("topic", "guildhall.error.topic.invalid"));
        assertThat(invalid.fieldErrorKeys(), hasEntry("sort", "guildhall.error.sort.unknown"));
    }
}
