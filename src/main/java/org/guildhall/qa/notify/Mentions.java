package org.guildhall.qa.notify;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @username} mentions in posted text. A mention starts at the beginning of the text or after a
 * character that cannot be part of an address ({@code bob@example.com} mentions nobody), and a trailing full stop
 * ends the sentence, not the name.
 */
final class Mentions {

    /** Confluence usernames are letters, digits and {@code . _ -}; 255 characters at most. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@-])@([\\p{L}\\p{N}_.-]{1,255})");

    private Mentions() {
    }

    /** @return the mentioned usernames in order of first mention, each once */
    static Set<String> usernamesIn(String text) {
        Set<String> usernames = new LinkedHashSet<>();
        if (text == null) {
            return usernames;
        }
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String username = matcher.group(1);
            while (username.endsWith(".") || username.endsWith("-")) {
                username = username.substring(0, username.length() - 1);
            }
            if (!username.isEmpty()) {
                usernames.add(username);
            }
        }
        return usernames;
    }
}
