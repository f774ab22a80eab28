package org.guildhall.expertise.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.expertise.Availability;
import org.guildhall.expertise.Profile;
import org.guildhall.expertise.Skill;
import org.guildhall.expertise.SkillLevel;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.guildhall.expertise.ao.EvidenceDao.placeholders;

/** The only code that reads and writes profiles and declared skills. */
@Component
public class ProfileDao {

    private final ActiveObjects ao;

    public ProfileDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** @return the person's profile, {@link Profile#empty} when they never saved one (two statements) */
    public Profile find(String personKey) {
        return findAll(List.of(personKey)).get(personKey);
    }

    /** @return the profiles of these people, empty ones for those without (two statements per 500 people) */
    public Map<String, Profile> findAll(Collection<String> personKeys) {
        Map<String, Profile> profiles = new HashMap<>();
        List<String> keys = personKeys.stream().distinct().toList();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> slice = keys.subList(from, Math.min(keys.size(), from + 500));
            Map<String, List<Skill>> skills = new HashMap<>();
            for (ExpertSkillEntity skill : ao.find(ExpertSkillEntity.class, Query.select().where(
                    ExpertSkillEntity.PERSON_KEY + " IN (" + placeholders(slice.size()) + ")", slice.toArray()))) {
                skills.computeIfAbsent(skill.getPersonKey(), key -> new ArrayList<>()).add(new Skill(skill.getTopic(),
                        SkillLevel.parse(skill.getSkillLevel()).orElse(SkillLevel.PRACTITIONER)));
            }
            skills.values().forEach(list -> list.sort(Comparator.comparing(Skill::topic)));
            for (ExpertProfileEntity row : ao.find(ExpertProfileEntity.class, Query.select().where(
                    ExpertProfileEntity.PERSON_KEY + " IN (" + placeholders(slice.size()) + ")", slice.toArray()))) {
                profiles.put(row.getPersonKey(), new Profile(row.getPersonKey(),
                        row.getAskMeAbout() == null ? "" : row.getAskMeAbout(),
                        Availability.parse(row.getAvailability()).orElse(Availability.AVAILABLE),
                        row.getBusyUntil() == null ? null : row.getBusyUntil().toInstant(),
                        skills.getOrDefault(row.getPersonKey(), List.of())));
            }
            for (String key : slice) {
                profiles.computeIfAbsent(key, missing -> new Profile(missing, "", Availability.AVAILABLE, null,
                        skills.getOrDefault(missing, List.of())));
            }
        }
        return profiles;
    }

    /**
     * Replaces the person's profile and skills. Call inside a transaction that retries on conflict (two first saves
     * both insert the profile row; the retry updates it).
     */
    public void save(Profile profile, Instant now) {
        ExpertProfileEntity[] found = ao.find(ExpertProfileEntity.class,
                Query.select().where(ExpertProfileEntity.PERSON_KEY + " = ?", profile.personKey()));
        Date busyUntil = profile.busyUntil() == null ? null : Date.from(profile.busyUntil());
        if (found.length == 0) {
            Map<String, Object> row = new HashMap<>();
            row.put(ExpertProfileEntity.PERSON_KEY, profile.personKey());
            row.put(ExpertProfileEntity.ASK_ME_ABOUT, profile.askMeAbout());
            row.put(ExpertProfileEntity.AVAILABILITY, profile.availability().id());
            row.put(ExpertProfileEntity.BUSY_UNTIL, busyUntil);
            row.put(ExpertProfileEntity.UPDATED_AT, Date.from(now));
            ao.create(ExpertProfileEntity.class, row);
        } else {
            found[0].setAskMeAbout(profile.askMeAbout());
            found[0].setAvailability(profile.availability().id());
            found[0].setBusyUntil(busyUntil);
            found[0].setUpdatedAt(Date.from(now));
            found[0].save();
        }
        ao.deleteWithSQL(ExpertSkillEntity.class, ExpertSkillEntity.PERSON_KEY + " = ?", profile.personKey());
        for (Skill skill : profile.skills()) {
            Map<String, Object> row = new HashMap<>();
            row.put(ExpertSkillEntity.PERSON_KEY, profile.personKey());
            row.put(ExpertSkillEntity.TOPIC, skill.topic());
            row.put(ExpertSkillEntity.SKILL_LEVEL, skill.level().id());
            row.put(ExpertSkillEntity.SKILL_KEY, skill.topic() + "|" + profile.personKey());
            ao.create(ExpertSkillEntity.class, row);
        }
    }

    /** @return people who declared one of these topics, in level-id then key order, at most {@code limit} (one statement) */
    public List<String> findDeclaring(Collection<String> topics, int limit) {
        if (topics.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(ao.find(ExpertSkillEntity.class, Query.select().where(ExpertSkillEntity.TOPIC + " IN ("
                                + placeholders(topics.size()) + ")", topics.toArray())
                        .order(ExpertSkillEntity.SKILL_LEVEL + " ASC, " + ExpertSkillEntity.PERSON_KEY + " ASC")
                        .limit(limit)))
                .map(ExpertSkillEntity::getPersonKey).distinct().toList();
    }

    /** @return people whose "ask me about" line contains the text (ignoring case), at most {@code limit} */
    public List<String> findAskingAbout(String text, int limit) {
        String pattern = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return Arrays.stream(ao.find(ExpertProfileEntity.class, Query.select().where("LOWER("
                        + ExpertProfileEntity.ASK_ME_ABOUT + ") LIKE ?", pattern)
                        .order(ExpertProfileEntity.PERSON_KEY + " ASC").limit(limit)))
                .map(ExpertProfileEntity::getPersonKey).toList();
    }
}
