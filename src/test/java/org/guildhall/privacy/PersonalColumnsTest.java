package org.guildhall.privacy;

import org.guildhall.privacy.PersonalColumns.PersonalColumn;
import org.guildhall.testing.DescriptorEntities;
import org.junit.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * Every column of every entity of the descriptor that holds a person is in {@link PersonalColumns}, so a new table or
 * column with a user key cannot be forgotten by the export and the anonymisation. A column holds a person when its
 * constant is named like one ({@code …_BY}, {@code PERSON_KEY}, {@code USER_KEY}, {@code ACTOR_KEY}, …), or is a
 * {@code TARGET_ID} next to a {@code TARGET_TYPE} (a target may be a person).
 */
public class PersonalColumnsTest {

    private static final Pattern PERSON_COLUMN = Pattern.compile(
            ".*_BY|(PERSON|USER|ACTOR|AUTHOR|VOTER|EDITOR|ENDORSER|SUBJECT)_KEY");

    /** Named like a person, but not one: the reason stands next to each. */
    private static final Set<String> NOT_A_PERSON = Set.of();

    @Test
    public void everyColumnThatHoldsAPerson_isListed() {
        List<String> missing = new ArrayList<>();
        for (Class<?> entity : DescriptorEntities.all()) {
            boolean hasTargetType = constants(entity).contains("TARGET_TYPE");
            for (String column : constants(entity)) {
                boolean person = PERSON_COLUMN.matcher(column).matches()
                        || (hasTargetType && column.equals("TARGET_ID"));
                String name = entity.getSimpleName() + "." + column;
                if (person && !NOT_A_PERSON.contains(name) && PersonalColumns.ALL.stream()
                        .noneMatch(listed -> listed.entity().equals(entity) && listed.column().equals(column))) {
                    missing.add(name);
                }
            }
        }
        assertThat("columns holding people but missing from PersonalColumns", missing, is(empty()));
    }

    @Test
    public void targetsAreListedOnlyForTheirPersonRows() {
        for (PersonalColumn column : PersonalColumns.ALL) {
            if (column.column().equals("TARGET_ID")) {
                assertThat(column.section(), column.condition(), is(new PersonalColumns.Condition("TARGET_TYPE",
                        "person")));
            }
        }
    }

    private static List<String> constants(Class<?> entity) {
        List<String> names = new ArrayList<>();
        for (Field field : entity.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    Object value = field.get(null);
                    if (field.getName().equals(value)) {
                        names.add((String) value);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
