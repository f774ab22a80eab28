package org.guildhall.analytics;

import org.guildhall.analytics.HealthReport.Champion;
import org.guildhall.analytics.HealthReport.Newcomer;
import org.guildhall.analytics.HealthReport.SiteRow;
import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.analytics.ao.HealthDao;
import org.guildhall.community.Community;
import org.guildhall.community.MemberStanding;
import org.guildhall.community.MembershipPolicy;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.People;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Community health: a community's figures for a period against the period before (moderators, owners and space
 * administrators), and the same figures for every community (Confluence administrators).
 */
@Component
public class CommunityHealth {

    static final int CHAMPIONS = 5;
    static final int NEWCOMERS = 20;
    static final int UNANSWERED = 20;
    static final int DEFAULT_UNANSWERED_DAYS = 7;

    private final MembershipPolicy membershipPolicy;
    private final CommunityDao communityDao;
    private final CurrentUser currentUser;
    private final HealthDao dao;
    private final FirstPostDao firstPosts;
    private final People people;
    private final Clock clock;

    public CommunityHealth(MembershipPolicy membershipPolicy, CommunityDao communityDao, CurrentUser currentUser,
                           HealthDao dao, FirstPostDao firstPosts, People people, Clock clock) {
        this.membershipPolicy = membershipPolicy;
        this.communityDao = communityDao;
        this.currentUser = currentUser;
        this.dao = dao;
        this.firstPosts = firstPosts;
        this.people = people;
        this.clock = clock;
    }

    /** @return today in UTC, the day periods are counted in */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    }

    /**
     * @return the community's health for the period, with the unanswered questions older than {@code unansweredDays}
     * @throws org.guildhall.platform.GuildhallException.NotFound when the reader cannot see the community (404)
     * @throws AccessDenied unless the reader moderates, owns or administers it (403; 401 anonymous)
     * @throws InvalidInput naming {@code days} when it is not between 1 and 365
     */
    public HealthReport community(String spaceKey, HealthPeriod period, int unansweredDays) {
        Community community = requireModerator(spaceKey);
        if (unansweredDays < 1 || unansweredDays > 365) {
            throw new InvalidInput(Map.of("days", "guildhall.health.error.days"));
        }
        HealthCalculation calculation = HealthCalculation.read(period, dao, firstPosts, List.of(community.id()));
        List<Champion> champions = calculation.champions(community.id());
        List<Newcomer> newcomers = calculation.newcomers(community.id()).stream().limit(NEWCOMERS).toList();
        List<Champion> mostAnswers = champions.stream().sorted(Comparator.comparingInt(Champion::answers).reversed()
                .thenComparing(Comparator.comparingInt(Champion::score).reversed())
                .thenComparing(Champion::person)).limit(CHAMPIONS).toList();
        List<Champion> mostUseful = champions.stream().sorted(Comparator.comparingInt(Champion::score).reversed()
                .thenComparing(Comparator.comparingInt(Champion::accepted).reversed())
                .thenComparing(Champion::person)).limit(CHAMPIONS).toList();
        Set<String> named = new HashSet<>();
        Stream.concat(Stream.concat(mostAnswers.stream().map(Champion::person), mostUseful.stream()
                .map(Champion::person)), newcomers.stream().map(Newcomer::person)).forEach(named::add);
        Map<String, String> names = names(named);
        var askedBefore = clock.now().minus(unansweredDays, ChronoUnit.DAYS);
        return new HealthReport(community, period, calculation.current(community.id()),
                calculation.previous(community.id()), calculation.weeks(community.id()), named(mostAnswers, names),
                named(mostUseful, names), newcomers.stream().map(newcomer -> new Newcomer(newcomer.person(),
                        names.get(newcomer.person()), newcomer.firstPostAt())).toList(),
                dao.unanswered(community.id(), askedBefore, UNANSWERED), dao.countUnanswered(community.id(),
                askedBefore), unansweredDays);
    }

    /**
     * @return every enabled community's figures for the period and the one before, by community name
     * @throws AccessDenied unless the reader is a Confluence administrator (403; 401 anonymous)
     */
    public List<SiteRow> siteWide(HealthPeriod period) {
        if (currentUser.userKey().isEmpty() || !currentUser.isAdministrator()) {
            throw new AccessDenied("guildhall.health.error.admins-only");
        }
        List<Community> communities = communityDao.enabledSnapshot().stream()
                .sorted(Comparator.comparing(Community::sortName)).toList();
        HealthCalculation calculation = HealthCalculation.read(period, dao, firstPosts,
                communities.stream().map(Community::id).toList());
        return communities.stream().map(community -> new SiteRow(community, calculation.current(community.id()),
                calculation.previous(community.id()))).toList();
    }

    /**
     * @return the community, when the reader moderates, owns or administers it
     * @throws org.guildhall.platform.GuildhallException.NotFound when the reader cannot see it
     * @throws AccessDenied otherwise
     */
    public Community requireModerator(String spaceKey) {
        membershipPolicy.requireLogin();
        MemberStanding standing = membershipPolicy.standing(spaceKey);
        if (!standing.canModerate()) {
            throw new AccessDenied("guildhall.health.error.moderators-only");
        }
        return standing.community();
    }

    /** @return the display names of these people (Confluence users and authors of imported content), by person key */
    Map<String, String> names(Set<String> persons) {
        Map<String, String> names = new HashMap<>(dao.externalNames(persons));
        people.findAll(persons.stream().filter(person -> !names.containsKey(person)).toList())
                .forEach((key, person) -> names.put(key, person.displayName()));
        persons.forEach(person -> names.putIfAbsent(person, person));
        return names;
    }

    private static List<Champion> named(List<Champion> champions, Map<String, String> names) {
        return champions.stream().map(champion -> new Champion(champion.person(), names.get(champion.person()),
                champion.answers(), champion.score(), champion.accepted())).toList();
    }
}
