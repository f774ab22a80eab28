package org.guildhall.workbench.bench;

import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.content.SpaceStore;
import org.guildhall.workbench.db.WorkbenchDatabase;
import org.guildhall.workbench.host.HtmlEncoding;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What Confluence holds before any app: people, spaces with a home page each, and space permissions as Confluence
 * grants them (the creator administers the space; open spaces let {@code confluence-users} read and add pages;
 * restricted spaces only their named readers). Spaces, pages and permissions go in as JDBC batches in one
 * transaction; the few people go through the user directory, which hashes their passwords.
 */
final class ConfluenceDataPart implements DatasetPart {

    private static final String INSERT_SPACE = "INSERT INTO WB_SPACE (SPACE_KEY, NAME, CREATED_AT) VALUES (?, ?, ?)";
    private static final String INSERT_PAGE =
            "INSERT INTO WB_PAGE (SPACE_KEY, TITLE, BODY, CREATOR_KEY, CREATED_AT) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_PERMISSION =
            "INSERT INTO WB_SPACE_PERMISSION (SPACE_KEY, SUBJECT_TYPE, SUBJECT, OPERATION) VALUES (?, ?, ?, ?)";
    /** Links each new space to the page named after it, as space creation does, in one statement. */
    private static final String LINK_HOME_PAGES = "UPDATE WB_SPACE SET HOME_PAGE_ID = (SELECT P.ID FROM WB_PAGE P "
            + "WHERE P.SPACE_KEY = WB_SPACE.SPACE_KEY AND P.TITLE = WB_SPACE.NAME) WHERE HOME_PAGE_ID IS NULL";

    @Override
    public String name() {
        return "confluence";
    }

    @Override
    public String description() {
        return "people, spaces, home pages and space permissions";
    }

    @Override
    public void load(DatasetContext context) throws SQLException {
        SpacePlan plan = SpacePlan.generate(context.scale(), context.vocabulary(), context.random());
        UserDirectory users = context.bean(UserDirectory.class);
        for (SpacePlan.Person person : plan.people()) {
            users.create(new WorkbenchUser(person.userKey(), person.username(), person.fullName(),
                    person.username() + "@example.com", Locale.ENGLISH), person.username(), List.of(UserDirectory.USERS));
        }
        context.created("people", plan.people().size());

        try (Connection connection = context.bean(WorkbenchDatabase.class).dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                context.created("spaces", insertSpaces(connection, plan.spaces()));
                context.created("pages", insertHomePages(connection, plan.spaces()));
                context.created("space permissions", insertPermissions(connection, plan.spaces()));
                try (PreparedStatement link = connection.prepareStatement(LINK_HOME_PAGES)) {
                    link.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        forgetCachedHostData(context);
        context.planned(plan);
    }

    /** The batches bypassed the stores, which cache what they read: make every node read the tables afresh. */
    static void forgetCachedHostData(DatasetContext context) {
        context.bean(SpaceStore.class).forgetCached();
        context.bean(SpacePermissionStore.class).forgetCached();
        context.bean(UserDirectory.class).forgetCached();
    }

    private static int insertSpaces(Connection connection, List<SpacePlan.PlannedSpace> spaces) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (InsertBatch batch = new InsertBatch(connection, INSERT_SPACE)) {
            for (SpacePlan.PlannedSpace space : spaces) {
                batch.add(space.key(), space.name(), now);
            }
            return batch.finish();
        }
    }

    private static int insertHomePages(Connection connection, List<SpacePlan.PlannedSpace> spaces) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (InsertBatch batch = new InsertBatch(connection, INSERT_PAGE)) {
            for (SpacePlan.PlannedSpace space : spaces) {
                batch.add(space.key(), space.name(), "<p>Welcome to " + HtmlEncoding.encode(space.name())
                        + ", the space for everything about " + HtmlEncoding.encode(space.topic()) + ".</p>",
                        space.owner().userKey(), now);
            }
            return batch.finish();
        }
    }

    private static int insertPermissions(Connection connection, List<SpacePlan.PlannedSpace> spaces)
            throws SQLException {
        try (InsertBatch batch = new InsertBatch(connection, INSERT_PERMISSION)) {
            for (SpacePlan.PlannedSpace space : spaces) {
                for (String operation : List.of(SpacePermission.READ, SpacePermission.CREATE, SpacePermission.ADMINISTER)) {
                    batch.add(space.key(), SubjectType.USER.name(), space.owner().userKey(), operation);
                }
                if (space.restricted()) {
                    for (SpacePlan.Person reader : space.readers()) {
                        if (!reader.equals(space.owner())) {
                            batch.add(space.key(), SubjectType.USER.name(), reader.userKey(), SpacePermission.READ);
                            batch.add(space.key(), SubjectType.USER.name(), reader.userKey(), SpacePermission.CREATE);
                        }
                    }
                } else {
                    batch.add(space.key(), SubjectType.GROUP.name(), UserDirectory.USERS, SpacePermission.READ);
                    batch.add(space.key(), SubjectType.GROUP.name(), UserDirectory.USERS, SpacePermission.CREATE);
                }
            }
            return batch.finish();
        }
    }
}
