package org.guildhall.workbench.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.guildhall.community.Community;
import org.guildhall.community.Topics;
import org.guildhall.community.Visibility;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.workbench.content.SpaceCreation;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.content.StoredSpace;
import org.guildhall.workbench.people.UserDirectory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The community directory's data: every planned space becomes a community (a few switched off again, as happens),
 * inserted in bulk through the app's own DAO, and an open space whose home page shows the directory macro.
 */
final class CommunityDataPart implements DatasetPart {

    /** The purpose of the page with the directory macro, for {@link Dataset#page}. */
    static final String DIRECTORY_PAGE = "community-directory";
    /** The purpose of a word in about one community name in eight ("… Guild"), for {@link Dataset#value}. */
    static final String COMMON_WORD = "common-word";
    /** The purpose of a topic name that only the few communities named after it contain, for {@link Dataset#value}. */
    static final String RARE_WORD = "rare-word";
    /** The purpose of a topic that about twice as many communities carry as are named after it. */
    static final String COMMON_TOPIC = "common-topic";

    private static final String DIRECTORY_SPACE = "COMMUNITIES";
    private static final String DIRECTORY_BODY = "<p>Find a community to join. You see those whose space you can view."
            + "</p><ac:structured-macro ac:name=\"guildhall-community-directory\"/>";
    private static final int DISABLED_PERCENT = 2;
    private static final int LARGEST_COMMUNITY = 2000;
    private static final int EXTRA_TOPICS = 2;
    private static final Duration OLDEST_COMMUNITY = Duration.ofDays(3 * 365);
    private static final List<String> DESCRIPTIONS = List.of(
            "Questions, answers and meet-ups about %s.",
            "Everything about %s: ask what you want to know, share what you learned. Recently asked: “%s”",
            "People who work with %s every day. Newcomers welcome — start with “%s”",
            "");

    @Override
    public String name() {
        return "communities";
    }

    @Override
    public String description() {
        return "communities (Active Objects bulk insert) and the directory page";
    }

    @Override
    public void load(DatasetContext context) {
        Random random = context.random();
        Instant now = Instant.now();
        List<Community> communities = new ArrayList<>();
        for (SpacePlan.PlannedSpace space : context.plan().spaces()) {
            Instant created = now.minusSeconds((long) (random.nextDouble() * OLDEST_COMMUNITY.toSeconds()));
            communities.add(new Community(0, space.key(), space.name(), description(space, context.vocabulary(), random),
                    visibility(random), memberCount(random), random.nextInt(100) >= DISABLED_PERCENT, created, created,
                    topics(space, context.vocabulary(), random), created));
        }
        CommunityDao dao = context.bean(CommunityDao.class);
        context.bean(ActiveObjects.class).executeInTransaction(() -> {
            dao.insertAll(communities);
            return null;
        });
        context.created("communities", communities.size());
        List<SpacePlan.PlannedSpace> spaces = context.plan().spaces();
        context.value(COMMON_WORD, "guild");
        context.value(RARE_WORD, spaces.get(spaces.size() - 1).topic());
        context.value(COMMON_TOPIC, communities.get(0).topics().get(0));
        context.created("community topics", communities.stream().mapToInt(community -> community.topics().size()).sum());

        String owner = context.plan().people().get(0).userKey();
        StoredSpace directorySpace = context.bean(SpaceCreation.class)
                .create(DIRECTORY_SPACE, "Communities", DIRECTORY_BODY, owner)
                .orElseThrow(() -> new IllegalStateException("The space " + DIRECTORY_SPACE + " exists already"));
        context.bean(SpacePermissionStore.class).grant(DIRECTORY_SPACE, SubjectType.GROUP, UserDirectory.USERS,
                SpacePermission.READ);
        context.page(DIRECTORY_PAGE, directorySpace.homePageId().orElseThrow());
        context.created("spaces", 1);
        context.created("pages", 1);
    }

    private static String description(SpacePlan.PlannedSpace space, Vocabulary vocabulary, Random random) {
        String template = DESCRIPTIONS.get(random.nextInt(DESCRIPTIONS.size()));
        String question = vocabulary.questionTitles().get(random.nextInt(vocabulary.questionTitles().size()));
        return String.format(template, space.topic(), question);
    }

    /**
     * The space's own topic and up to {@value #EXTRA_TOPICS} more from the vocabulary, normalised as the settings form
     * stores them (tags that are no valid topic, such as {@code q#}, are left out, as the form would refuse them).
     */
    private static List<String> topics(SpacePlan.PlannedSpace space, Vocabulary vocabulary, Random random) {
        Set<String> topics = new LinkedHashSet<>();
        Topics.parse(space.topic()).ifPresent(topics::add);
        int extra = random.nextInt(EXTRA_TOPICS + 1);
        for (int i = 0; i < extra; i++) {
            Topics.parse(vocabulary.topics().get(random.nextInt(vocabulary.topics().size()))).ifPresent(topics::add);
        }
        return List.copyOf(topics);
    }

    /** Mostly open, some on request, a few private. */
    private static Visibility visibility(Random random) {
        int dice = random.nextInt(100);
        return dice < 80 ? Visibility.OPEN : dice < 95 ? Visibility.REQUEST : Visibility.PRIVATE;
    }

    /** Many small communities, a few large ones. */
    private static int memberCount(Random random) {
        return 1 + (int) (Math.pow(random.nextDouble(), 3) * LARGEST_COMMUNITY);
    }
}
