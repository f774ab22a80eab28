package org.guildhall.community;

import org.guildhall.community.ao.MemberNameTokenDao;
import org.guildhall.community.ao.MemberNameTokenEntity;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the words of members' names in Guildhall's own index, so that the member search never reads Confluence's
 * user directory: a person's display name and username, split on everything that is not a letter or digit and
 * lower-cased, are stored with the membership's state when their membership is added, follow its state, and are
 * removed when it ends. Names change rarely; a renamed person is found under the new name after their next membership
 * change in that community.
 */
@Component
public class MemberNames {

    /** Words of a search text that are matched; further words are ignored. */
    public static final int MAX_SEARCH_WORDS = 3;

    private final People people;
    private final MemberNameTokenDao tokens;

    public MemberNames(People people, MemberNameTokenDao tokens) {
        this.people = people;
        this.tokens = tokens;
    }

    /** Stores the person's name words for the community. Call in the transaction of the change. */
    void index(long communityId, String userKey, MembershipState state) {
        tokens.replace(communityId, userKey, state, people.find(userKey)
                .map(MemberNames::tokens).orElse(List.of()));
    }

    /** Keeps the person's name words at their membership's new state. Call in the transaction of the change. */
    void follow(long communityId, String userKey, MembershipState state) {
        tokens.changeState(communityId, userKey, state);
    }

    static List<String> tokens(Person person) {
        return tokens(person.displayName(), person.username());
    }

    /** Removes the person's name words for the community (their membership ended). */
    void forget(long communityId, String userKey) {
        tokens.delete(communityId, userKey);
    }

    /** @return the distinct lower-cased words of the texts, each cut to the stored length */
    public static List<String> tokens(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
                if (Character.isLetterOrDigit(c)) {
                    word.appendCodePoint(c);
                } else {
                    add(words, word);
                }
            });
            add(words, word);
        }
        return new ArrayList<>(words);
    }

    /** @return the words of a (lower-cased) search text that the search matches, at most {@value #MAX_SEARCH_WORDS} */
    static List<String> searchWords(String text) {
        List<String> words = tokens(text);
        return words.size() > MAX_SEARCH_WORDS ? words.subList(0, MAX_SEARCH_WORDS) : words;
    }

    private static void add(Set<String> words, StringBuilder word) {
        if (!word.isEmpty()) {
            String token = word.toString();
            words.add(token.length() > MemberNameTokenEntity.MAX_TOKEN_LENGTH
                    ? token.substring(0, MemberNameTokenEntity.MAX_TOKEN_LENGTH)
                    : token);
            word.setLength(0);
        }
    }
}
