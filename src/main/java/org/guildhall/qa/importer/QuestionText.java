package org.guildhall.qa.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the similar-question index reads text: lower-case words of letters and digits (a trailing {@code #} or
 * {@code +} stays, so {@code c#} and {@code c++} are words), English stop words dropped, and a light stemmer that
 * folds plurals and {@code -ing}/{@code -ed} endings ({@code grinders} → {@code grinder}, {@code brewing} →
 * {@code brew}). Deliberately small: titles are short, and an aggressive stemmer merges words people keep apart.
 */
public final class QuestionText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+[#+]*");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
            "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
            "doing", "down", "during", "each", "either", "etc", "few", "for", "from", "further", "get", "gets",
            "getting", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "itself", "just", "me", "might", "more", "most", "much", "must", "my", "no",
            "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own",
            "really", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
            "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very",
            "was", "way", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "why",
            "will", "with", "would", "you", "your", "yours", "possible", "anyone", "anything", "something",
            "there's", "it's", "i'm", "don't", "doesn't", "isn't");

    private QuestionText() {
    }

    /** @return the index terms of the text, in order, repeated as often as they occur */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            if (STOP_WORDS.contains(word) || (word.length() < 2 && !Character.isDigit(word.charAt(0)))) {
                continue;
            }
            terms.add(stem(word));
        }
        return terms;
    }

    /** Plural and verb endings only, and only on words long enough that what remains is still a word. */
    static String stem(String word) {
        if (!word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && word.length() > 3 && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.endsWith("ing") && word.length() > 5) {
            return undouble(word.substring(0, word.length() - 3));
        }
        if (word.endsWith("ed") && word.length() > 4) {
            return undouble(word.substring(0, word.length() - 2));
        }
        return word;
    }

    /** {@code grinn} → {@code grin}, {@code stopp} → {@code stop}; {@code ll}, {@code ss} and {@code zz} stay. */
    private static String undouble(String stem) {
        int length = stem.length();
        if (length > 2 && stem.charAt(length - 1) == stem.charAt(length - 2) && "lsz".indexOf(stem.charAt(length - 1)) < 0
                && "aeiou".indexOf(stem.charAt(length - 1)) < 0) {
            return stem.substring(0, length - 1);
        }
        return stem;
    }
}
