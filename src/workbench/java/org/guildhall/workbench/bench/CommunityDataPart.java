package org.guildhall.workbench.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.guildhall.community.Community;
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
import java.util.List;
import java.util.Random;

/**
 * The community directory's data: every planned space becomes a community (a few switched off again, as happens),
 * inserted in bulk through the app's own DAO, and an open space whose home page shows the directory macro.
 */
final class CommunityDataPart implements DatasetPart {

    /** The purpose of the page with the directory macro, for {@link Dataset#page}. */
    static final String DIRECTORY_PAGE = "community-directory";

    private static final String DIRECTORY_SPACE = "COMMUNITIES";
    private static final String DIRECTORY_BODY = "<p>Find a community to join. You see those whose space you can view."
            + "</p><ac:structured-macro ac:name=\"guildhall-community-directory\"/>";
    private static final int DISABLED_PERCENT = 2;
    private static final int LARGEST_COMMUNITY = 2000;
    private static final Duration OLDEST_COMMUNITY = Duration.ofDays(3 * 365);
    private static final List<String> DESCRIPTIONS = List.of(
            "Questions, answers and meet-ups about %s.",
            "Everything about %s: ask what you want to know, share what you learned. Recently asked: “%s”",
            "People who work with %s every day. Newcomers welcome — start with “%s”",
            "");

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
                    visibility(random), memberCount(random), random.nextInt(100) >= DISABLED_PERCENT, created, created));
        }
        CommunityDao dao = context.bean(CommunityDao.class);
        context.bean(ActiveObjects.class).executeInTransaction(() -> {
            dao.insertAll(communities);
            return null;
        });
        context.created("communities", communities.size());

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
