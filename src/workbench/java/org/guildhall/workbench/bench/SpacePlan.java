package org.guildhall.workbench.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The people and spaces of a benchmark dataset and who may read which space, generated but not stored yet. Most
 * spaces are open to every user; {@value #RESTRICTED_PERCENT}% are restricted to a few named people, as private team
 * spaces are, so that permission filtering has real work to do. The same seed gives the same plan.
 *
 * @param people the people the scenarios act as
 * @param spaces one per unit of scale, in creation order
 */
record SpacePlan(List<Person> people, List<PlannedSpace> spaces) {

    static final int PEOPLE = 40;
    static final int RESTRICTED_PERCENT = 10;
    static final int READERS_PER_RESTRICTED_SPACE = 3;

    private static final List<String> FIRST_NAMES = List.of("Amara", "Bjorn", "Chen", "Dana", "Elif", "Farid",
            "Grace", "Hiroshi", "Ines", "Jonas", "Kavya", "Liam", "Maya", "Nikolai", "Oluwaseun", "Priya", "Quentin",
            "Rosa", "Sven", "Tanvi");
    private static final List<String> LAST_NAMES = List.of("Okafor", "Lindqvist", "Wei", "Cohen", "Yilmaz", "Haddad",
            "Murphy", "Tanaka", "Ferreira", "Becker", "Nowak", "Singh", "Dubois", "Kowalczyk", "Adeyemi", "Rossi",
            "Novak", "Garcia", "Johansson", "Kim");
    private static final List<String> FORMS = List.of("%s", "%s Guild", "%s Circle", "%s Practitioners",
            "%s Study Group", "Friends of %s", "%s Working Group", "%s Community of Practice");
    private static final List<String> PLACES = List.of("", "Berlin", "Zürich", "São Paulo", "Kraków", "Bengaluru",
            "Austin", "Nairobi", "Sydney", "Montréal", "Tokyo");

    /** A person of the dataset; the password is the username. */
    record Person(String userKey, String username, String fullName) {
    }

    /**
     * @param topic   what the space is about, from the vocabulary
     * @param owner   the space administrator (who created it)
     * @param readers the people who may read a restricted space; empty when every user may
     */
    record PlannedSpace(String key, String name, String topic, Person owner, List<Person> readers) {

        boolean restricted() {
            return !readers.isEmpty();
        }
    }

    static SpacePlan generate(int scale, Vocabulary vocabulary, Random random) {
        List<Person> people = generatePeople();
        Set<Integer> restricted = restrictedIndexes(scale, random);
        List<PlannedSpace> spaces = new ArrayList<>(scale);
        for (int i = 0; i < scale; i++) {
            String topic = vocabulary.topics().get(i % vocabulary.topics().size());
            String name = name(i, topic, vocabulary.topics().size());
            String key = key(name, i + 1);
            if (restricted.contains(i)) {
                List<Person> readers = pick(people, READERS_PER_RESTRICTED_SPACE, random);
                spaces.add(new PlannedSpace(key, name, topic, readers.get(0), readers));
            } else {
                spaces.add(new PlannedSpace(key, name, topic, people.get(random.nextInt(people.size())), List.of()));
            }
        }
        return new SpacePlan(people, List.copyOf(spaces));
    }

    /** @return the usernames of every person, in order */
    List<String> usernames() {
        return people.stream().map(Person::username).toList();
    }

    private static List<Person> generatePeople() {
        return IntStream.range(0, PEOPLE).mapToObj(i -> {
            String first = FIRST_NAMES.get(i % FIRST_NAMES.size());
            String last = LAST_NAMES.get((i + i / FIRST_NAMES.size()) % LAST_NAMES.size());
            String username = (first + "." + last).toLowerCase(Locale.ROOT);
            return new Person("bench-key-" + username, username, first + " " + last);
        }).toList();
    }

    private static Set<Integer> restrictedIndexes(int scale, Random random) {
        List<Integer> indexes = new ArrayList<>(IntStream.range(0, scale).boxed().toList());
        Collections.shuffle(indexes, random);
        return new HashSet<>(indexes.subList(0, Math.round(scale * RESTRICTED_PERCENT / 100f)));
    }

    /**
     * Topic first, then form, then place, so that the first thousands of names are all different; beyond every
     * combination a number tells them apart.
     */
    private static String name(int index, String topic, int topicCount) {
        int combination = index / topicCount;
        String name = String.format(Locale.ROOT, FORMS.get(combination % FORMS.size()), topic);
        String place = PLACES.get(combination / FORMS.size() % PLACES.size());
        int round = combination / (FORMS.size() * PLACES.size());
        return name + (place.isEmpty() ? "" : " (" + place + ")") + (round == 0 ? "" : " " + (round + 1));
    }

    /** Up to four initials of the name's ASCII words, then a number that makes the key unique. */
    private static String key(String name, int number) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[^A-Za-z]+")) {
            if (!word.isEmpty() && initials.length() < 4) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.append(number).toString();
    }

    private static List<Person> pick(List<Person> people, int count, Random random) {
        List<Person> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, count));
    }
}
