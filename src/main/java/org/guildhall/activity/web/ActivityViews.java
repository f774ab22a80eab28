package org.guildhall.activity.web;

import org.guildhall.activity.ActivityEntry;
import org.guildhall.activity.ActivityGroup;
import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.ActivityStream.StreamPage;
import org.guildhall.community.Community;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.I18n;
import org.guildhall.platform.People;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a stream page into words for the reader: names (one look-up for the whole page), the sentence of each group,
 * relative and exact times. Shared by the REST resource and the macros, so both say the same thing. Anonymous readers
 * see no names ("Someone"), as the community pages show them no people either.
 */
@Component
public class ActivityViews {

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** @return the time as the stream shows it exactly, e.g. {@code 2026-11-26 20:19 UTC} */
    public static String exact(Instant at) {
        return EXACT.format(at);
    }

    private final People people;
    private final I18n i18n;
    private final Clock clock;
    private final CurrentUser currentUser;

    public ActivityViews(People people, I18n i18n, Clock clock, CurrentUser currentUser) {
        this.people = people;
        this.i18n = i18n;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** @param baseUrl Confluence's base URL (absolute for e-mail and exports) */
    public List<ActivityItemView> of(StreamPage page, String baseUrl) {
        Set<String> keys = new HashSet<>();
        for (ActivityGroup group : page.groups()) {
            keys.addAll(group.actorKeys());
            if (group.kind() == ActivityKind.MEMBER_ROLE_CHANGED) {
                keys.add(group.newest().targetId());
            }
        }
        Map<String, People.Person> names = keys.isEmpty() || currentUser.userKey().isEmpty() ? Map.of()
                : people.findAll(keys);
        Instant now = clock.now();
        List<ActivityItemView> views = new ArrayList<>();
        for (ActivityGroup group : page.groups()) {
            ActivityEntry newest = group.newest();
            List<String> actors = group.actorKeys().stream().map(key -> name(names, key)).toList();
            Community community = page.communities().get(newest.communityId());
            String summary = i18n.text("guildhall.activity.summary." + group.kind().id(), actorPhrase(actors),
                    name(names, newest.targetId()), roleLabel(newest));
            views.add(new ActivityItemView(group.kind().id(), summary, newest.title(), baseUrl + newest.url(),
                    newest.excerpt(), community == null ? "" : community.name(),
                    community == null ? "" : baseUrl + "/display/"
                            + URLEncoder.encode(community.spaceKey(), StandardCharsets.UTF_8),
                    newest.occurredAt().toString(), relative(newest.occurredAt(), now),
                    EXACT.format(newest.occurredAt()), group.entries().size(), actors));
        }
        return views;
    }

    private String roleLabel(ActivityEntry entry) {
        return entry.kind() == ActivityKind.MEMBER_ROLE_CHANGED && !entry.excerpt().isEmpty()
                ? i18n.text("guildhall.activity.role." + entry.excerpt()) : "";
    }

    private String actorPhrase(List<String> actors) {
        return switch (actors.size()) {
            case 1 -> actors.get(0);
            case 2 -> i18n.text("guildhall.activity.actors.two", actors.get(0), actors.get(1));
            default -> i18n.text("guildhall.activity.actors.more", actors.get(0), actors.size() - 1);
        };
    }

    private String name(Map<String, People.Person> names, String key) {
        People.Person person = names.get(key);
        return person != null ? person.displayName() : i18n.text("guildhall.activity.unknown-person");
    }

    /** "just now", "5 minutes ago", "3 hours ago", "2 days ago", else the date. */
    String relative(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.toMinutes() < 1) {
            return i18n.text("guildhall.activity.time.now");
        }
        if (age.toHours() < 1) {
            return i18n.text("guildhall.activity.time.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return i18n.text("guildhall.activity.time.hours", age.toHours());
        }
        if (age.toDays() < 30) {
            return i18n.text("guildhall.activity.time.days", age.toDays());
        }
        return DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(then);
    }
}
