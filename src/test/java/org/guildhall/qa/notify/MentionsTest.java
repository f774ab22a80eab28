package org.guildhall.qa.notify;

import org.junit.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

public class MentionsTest {

    @Test
    public void usernamesIn_findsEachMentionOnceInOrder() {
        assertThat(Mentions.usernamesIn("@bob what do you think? cc @carol and again @bob"), contains("bob", "carol"));
    }

    @Test
    public void usernamesIn_endsTheNameBeforeASentencesFullStop() {
        assertThat(Mentions.usernamesIn("Ask @erin.engel. She knows."), contains("erin.engel"));
    }

    @Test
    public void usernamesIn_ignoresEmailAddresses() {
        assertThat(Mentions.usernamesIn("Write to bob@example.com"), empty());
    }

    @Test
    public void usernamesIn_acceptsMentionsAfterPunctuationAndAtTheStart() {
        assertThat(Mentions.usernamesIn("@alice (@dave) [@erin]"), contains("alice", "dave", "erin"));
    }
}
