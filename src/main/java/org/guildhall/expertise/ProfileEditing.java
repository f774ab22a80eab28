package org.guildhall.expertise;

import org.guildhall.community.Topics;
import org.guildhall.expertise.ao.ProfileDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.Transactions;
import org.guildhall.qa.ao.TopicDao;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Editing one's own profile: skills with levels, the "ask me about" line, availability. */
@Component
public class ProfileEditing {

    public static final int MAX_SKILLS = 30;
    public static final int MAX_ASK_ME_ABOUT = 450;

    private final CurrentUser currentUser;
    private final ProfileDao profileDao;
    private final TopicDao topicDao;
    private final Transactions transactions;
    private final Clock clock;

    public ProfileEditing(CurrentUser currentUser, ProfileDao profileDao, TopicDao topicDao, Transactions transactions,
                          Clock clock) {
        this.currentUser = currentUser;
        this.profileDao = profileDao;
        this.topicDao = topicDao;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a person submits; any part may be null (null skills means none). */
    public record ProfileInput(List<SkillInput> skills, String askMeAbout, String availability, String busyUntil) {
    }

    public record SkillInput(String topic, String level) {
    }

    /**
     * Replaces the caller's profile. Any logged-in user, for themselves only.
     *
     * @param input skills must be known topics (each once) with a level {@code learning}, {@code practitioner} or
     *              {@code expert}; availability {@code available}, {@code busy} (with {@code busyUntil}, an ISO date in
     *              the future) or {@code never}
     * @return the saved profile
     * @throws AccessDenied when anonymous (401)
     * @throws InvalidInput naming {@code skills[i].topic}, {@code skills[i].level}, {@code skills},
     *                      {@code askMeAbout}, {@code availability} or {@code busyUntil}; nothing is saved
     */
    public Profile saveOwn(ProfileInput input) {
        String me = currentUser.userKey().orElseThrow(() -> new AccessDenied("guildhall.error.login-required"));
        Instant now = clock.now();
        Map<String, String> errors = new LinkedHashMap<>();
        List<SkillInput> skillInputs = input.skills() == null ? List.of() : input.skills();
        List<Skill> skills = new ArrayList<>();
        if (skillInputs.size() > MAX_SKILLS) {
            errors.put("skills", "guildhall.error.profile.too-many-skills");
        }
        List<String> topics = new ArrayList<>();
        for (SkillInput skill : skillInputs) {
            topics.add(skill == null ? null : Topics.parse(skill.topic()).orElse(null));
        }
        Set<String> known = topicDao.findKnown(topics.stream().filter(topic -> topic != null).toList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < skillInputs.size(); i++) {
            String topic = topics.get(i);
            if (topic == null || !known.contains(topic) || !seen.add(topic)) {
                errors.putIfAbsent("skills[" + i + "].topic", "guildhall.error.profile.topic");
                continue;
            }
            var level = SkillLevel.parse(skillInputs.get(i).level());
            if (level.isEmpty()) {
                errors.putIfAbsent("skills[" + i + "].level", "guildhall.error.profile.level");
                continue;
            }
            skills.add(new Skill(topic, level.get()));
        }
        String askMeAbout = input.askMeAbout() == null ? "" : input.askMeAbout().strip();
        if (askMeAbout.length() > MAX_ASK_ME_ABOUT) {
            errors.put("askMeAbout", "guildhall.error.profile.ask-me-about");
        }
        Availability availability = input.availability() == null ? Availability.AVAILABLE
                : Availability.parse(input.availability()).orElse(null);
        Instant busyUntil = null;
        if (availability == null) {
            errors.put("availability", "guildhall.error.profile.availability");
        } else if (availability == Availability.BUSY) {
            try {
                busyUntil = input.busyUntil() == null ? null
                        : LocalDate.parse(input.busyUntil()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                busyUntil = null;
            }
            if (busyUntil == null || !busyUntil.isAfter(now)) {
                errors.put("busyUntil", "guildhall.error.profile.busy-until");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Profile profile = new Profile(me, askMeAbout, availability, busyUntil, skills);
        transactions.inTransactionRetryingOnConflict(() -> {
            profileDao.save(profile, now);
            return null;
        });
        return profileDao.find(me);
    }
}
