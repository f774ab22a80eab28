package org.guildhall.workbench;

import org.guildhall.community.CommunityAdministration;
import org.guildhall.workbench.ao.EntityManagerActiveObjects;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.guildhall.workbench.content.ContentEvents;
import org.guildhall.workbench.content.PageStore;
import org.guildhall.workbench.content.SpaceCreation;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.content.SpaceStore;
import org.guildhall.workbench.content.StorageFormatRenderer;
import org.guildhall.workbench.db.SqlRunner;
import org.guildhall.workbench.cluster.ClusterServices;
import org.guildhall.workbench.db.WorkbenchDatabase;
import org.guildhall.workbench.db.WorkbenchSchema;
import org.guildhall.qa.importer.StackExchangeImport;
import org.guildhall.workbench.demo.DemoData;
import org.guildhall.workbench.demo.DemoQuestions;
import org.guildhall.workbench.host.HostServices;
import org.guildhall.workbench.host.WorkbenchAccessModeService;
import org.guildhall.workbench.host.WorkbenchWebSudoManager;
import org.guildhall.workbench.host.RequestPageBuilderService;
import org.guildhall.workbench.host.VelocityTemplateRenderer;
import org.guildhall.workbench.host.WorkbenchApplicationProperties;
import org.guildhall.workbench.host.WorkbenchEventPublisher;
import org.guildhall.workbench.host.WorkbenchI18nResolver;
import org.guildhall.workbench.host.WorkbenchLocaleResolver;
import org.guildhall.workbench.host.WorkbenchLoginUriProvider;
import org.guildhall.workbench.host.WorkbenchPageManager;
import org.guildhall.workbench.host.WorkbenchPermissionManager;
import org.guildhall.workbench.host.WorkbenchSpaceManager;
import org.guildhall.workbench.host.WorkbenchSpacePermissionManager;
import org.guildhall.workbench.host.WorkbenchCrowdService;
import org.guildhall.workbench.host.WorkbenchUserAccessor;
import org.guildhall.workbench.host.WorkbenchUserManager;
import org.guildhall.workbench.mail.WorkbenchMailQueue;
import org.guildhall.workbench.mail.WorkbenchMailServer;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.plugin.DescriptorReader;
import org.guildhall.workbench.plugin.InstalledPlugin;
import org.guildhall.workbench.plugin.PluginClasses;
import org.guildhall.workbench.plugin.PluginDescriptor;
import org.guildhall.workbench.plugin.PluginInstaller;
import org.guildhall.workbench.plugin.PluginSource;
import org.guildhall.workbench.plugin.PluginStartupException;
import org.guildhall.workbench.plugin.VelocityAllowlist;
import org.guildhall.workbench.rest.ConfluenceRestApplications;
import org.guildhall.workbench.web.AuiAssets;
import org.guildhall.workbench.web.WorkbenchServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

/**
 * A running workbench: a local stand-in for Confluence (like the SDK's {@code atlas-run}) that installs the built
 * app from its descriptor and Spring Scanner index, and serves it at {@code http://localhost:<port>/confluence}.
 * {@code mvn -Pworkbench} runs {@link #main}; tests call {@link #start(WorkbenchOptions)}.
 */
public final class Workbench implements AutoCloseable {

    /** Jersey warns (through java.util.logging) about every resource registered as an instance; that is intended. */
    private static final java.util.logging.Logger JERSEY_PROVIDERS =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        quietLibraryLogging();
    }

    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);
    private static final String DEMO_DATA_STEP = "demo-data";

    private final WorkbenchDatabase database;
    private final EntityManagerActiveObjects activeObjects;
    private final HostServices hostServices;
    private final InstalledPlugin plugin;
    private final ClusterServices cluster;
    private final WorkbenchServer server;
    private final List<Object> workbenchParts;
    private final AuiAssets aui;
    private final WorkbenchMailServer mailServer;
    private final WorkbenchMailQueue mailQueue;
    private boolean stopped;

    private Workbench(WorkbenchDatabase database, EntityManagerActiveObjects activeObjects,
                      HostServices hostServices, InstalledPlugin plugin, ClusterServices cluster,
                      WorkbenchServer server, List<Object> workbenchParts, AuiAssets aui,
                      WorkbenchMailServer mailServer, WorkbenchMailQueue mailQueue) {
        this.database = database;
        this.activeObjects = activeObjects;
        this.hostServices = hostServices;
        this.plugin = plugin;
        this.cluster = cluster;
        this.server = server;
        this.workbenchParts = workbenchParts;
        this.aui = aui;
        this.mailServer = mailServer;
        this.mailQueue = mailQueue;
    }

    /** Starts a workbench with the app the build left in {@code target/classes}. */
    public static Workbench start(WorkbenchOptions options) {
        return start(options, PluginSource.fromClassPath());
    }

    /**
     * Starts a workbench with the app from {@code source}.
     *
     * @throws PluginStartupException when the app's descriptor, index or wiring is broken
     */
    public static Workbench start(WorkbenchOptions options, PluginSource source) {
        WorkbenchDatabase database = WorkbenchDatabase.open(options);
        EntityManagerActiveObjects activeObjects = null;
        ClusterServices cluster = null;
        InstalledPlugin plugin = null;
        WorkbenchMailServer mailServer = null;
        WorkbenchMailQueue mailQueue = null;
        try {
            SqlRunner sql = new SqlRunner(database.dataSource());
            WorkbenchSchema schema = new WorkbenchSchema(sql);
            schema.createTables();
            PluginDescriptor descriptor = DescriptorReader.read(source.descriptor());
            ClassLoader classLoader = Workbench.class.getClassLoader();

            cluster = new ClusterServices(database.dataSource(), "node-" + options.nodeId(), options.clusterTimings());
            UserDirectory users = new UserDirectory(sql, cluster.cacheManager());
            SpaceStore spaces = new SpaceStore(sql, cluster.cacheManager());
            PageStore pages = new PageStore(sql, cluster.cacheManager());
            SpacePermissionStore spacePermissions = new SpacePermissionStore(sql, cluster.cacheManager());
            activeObjects = new EntityManagerActiveObjects(database.aoDatabase().entityManager());
            WorkbenchDatabase.tune(activeObjects.entityManager(), options.connectGiveUp());
            WorkbenchI18nResolver i18n = new WorkbenchI18nResolver(descriptor.i18nLocation(), classLoader);
            VelocityTemplateRenderer templates = new VelocityTemplateRenderer(i18n,
                    new VelocityAllowlist(descriptor.velocityAllowlist(), new PluginClasses(source.classesDirectory())));
            RequestPageBuilderService pageBuilder = new RequestPageBuilderService();
            AtomicInteger port = new AtomicInteger(options.port());
            WorkbenchApplicationProperties applicationProperties =
                    new WorkbenchApplicationProperties(WorkbenchServer.CONTEXT_PATH, port::get);
            WorkbenchLoginUriProvider loginUris = new WorkbenchLoginUriProvider(WorkbenchServer.CONTEXT_PATH);
            WorkbenchPermissionManager permissions = new WorkbenchPermissionManager(users, spaces, spacePermissions,
                    pages);
            WorkbenchEventPublisher eventPublisher = new WorkbenchEventPublisher();
            WorkbenchSpacePermissionManager spacePermissionManager =
                    new WorkbenchSpacePermissionManager(spacePermissions, users);
            HostServices hostServices = new HostServices(
                    new WorkbenchUserManager(users, WorkbenchServer.CONTEXT_PATH), activeObjects, permissions,
                    new WorkbenchSpaceManager(spaces, spacePermissionManager::permissionsOf), templates, i18n,
                    pageBuilder, applicationProperties, loginUris, eventPublisher, cluster);
            hostServices.register("spacePermissionManager", spacePermissionManager);
            hostServices.register("userAccessor", new WorkbenchUserAccessor(users));
            hostServices.register("pageManager", new WorkbenchPageManager(pages));
            hostServices.register("crowdService", new WorkbenchCrowdService(users));
            hostServices.register("transactionalExecutorFactory",
                    new EntityManagerTransactionalExecutorFactory(activeObjects));
            hostServices.register("salLocaleResolver", new WorkbenchLocaleResolver(users));
            WorkbenchWebSudoManager webSudo = new WorkbenchWebSudoManager(java.time.Clock.systemUTC());
            hostServices.register("salWebSudoManager", webSudo);
            WorkbenchAccessModeService accessMode = new WorkbenchAccessModeService(sql);
            hostServices.register("accessModeService", accessMode);
            // Mail: Confluence's mail queue stand-in delivers to a local SMTP server; /workbench/outbox shows it
            mailServer = new WorkbenchMailServer();
            mailQueue = new WorkbenchMailQueue(mailServer);
            hostServices.register("taskManager", mailQueue);

            plugin = new PluginInstaller(source, descriptor, hostServices, WorkbenchServer.CONTEXT_PATH).install();
            // Content changes reach the app's listeners once it is installed, as in Confluence.
            pages.announceChangesThrough(new ContentEvents(eventPublisher, users));
            spacePermissions.announceChangesThrough((permission, granted) ->
                    eventPublisher.publish(spacePermissionManager.changeEvent(permission, granted)));
            SpaceCreation spaceCreation = new SpaceCreation(spaces, pages, spacePermissions);
            if (schema.claimSetupStep(DEMO_DATA_STEP, options.nodeId())) {
                try {
                    new DemoData(users, spaceCreation, pages, spacePermissions,
                            plugin.container().bean(CommunityAdministration.class)).create();
                } catch (RuntimeException e) {
                    schema.releaseSetupStep(DEMO_DATA_STEP);
                    throw e;
                }
            }

            Path projectDirectory = options.basedir() != null ? options.basedir() : source.projectDirectory();
            // Q&A demo content, imported through the app's own (idempotent) Stack Exchange import
            for (String line : DemoQuestions.load(plugin.container().bean(StackExchangeImport.class), projectDirectory,
                    DemoQuestions.requestedSites())) {
                LOG.info("[workbench] Demo questions: {}", line);
            }
            StorageFormatRenderer renderer = new StorageFormatRenderer(plugin.macros());
            AuiAssets aui = AuiAssets.locate(projectDirectory, options.quiet());
            ConfluenceRestApplications confluenceRest = new ConfluenceRestApplications(spaces, pages, spacePermissions,
                    users, permissions, renderer, applicationProperties, accessMode, eventPublisher);
            WorkbenchServer server = new WorkbenchServer(options.port(), new WorkbenchServer.Parts(plugin, users, spaces,
                    pages, permissions, renderer, templates, pageBuilder, loginUris, aui, confluenceRest, mailServer,
                    webSudo));
            server.start();
            port.set(server.port());
            List<Object> parts = List.of(users, spaces, pages, spacePermissions, renderer, spaceCreation, database,
                    mailServer);
            return new Workbench(database, activeObjects, hostServices, plugin, cluster, server, parts, aui,
                    mailServer, mailQueue);
        } catch (Exception e) {
            if (plugin != null) {
                plugin.close();
            }
            if (mailQueue != null) {
                mailQueue.close();
            }
            if (mailServer != null) {
                mailServer.close();
            }
            if (cluster != null) {
                cluster.close();
            }
            if (activeObjects != null) {
                activeObjects.entityManager().getProvider().dispose();
            }
            database.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The workbench cannot start: " + e.getMessage(), e);
        }
    }

    /** {@code mvn -Pworkbench}: starts on port 1990 (by default) and runs until Ctrl-C. */
    public static void main(String[] arguments) throws InterruptedException {
        WorkbenchOptions options = WorkbenchOptions.fromSystemProperties();
        Workbench workbench;
        try {
            workbench = start(options);
        } catch (PluginStartupException e) {
            System.err.println("[workbench] The app cannot be installed: " + e.getMessage());
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(workbench::close, "workbench-shutdown"));
        System.out.println();
        System.out.println("[workbench] Guildhall is running at " + workbench.baseUrl());
        System.out.println("[workbench] Node " + options.nodeId() + ", database: " + workbench.database.description());
        System.out.println("[workbench] AUI: " + (workbench.aui.isRealAui() ? "@atlassian/aui from node_modules"
                : "plain fallback (run npm ci to get AUI)"));
        System.out.println("[workbench] Log in as admin/admin (system administrator), or alice, bob, carol, dave, erin "
                + "(password = username; erin reads German)");
        System.out.println("[workbench] Mail the app sends is captured, not delivered: " + workbench.baseUrl()
                + "/workbench/outbox");
        System.out.println("[workbench] Press Ctrl-C to stop.");
        workbench.server.join();
    }

    /** @return e.g. {@code http://localhost:1990/confluence} */
    public String baseUrl() {
        return "http://localhost:" + port() + WorkbenchServer.CONTEXT_PATH;
    }

    public int port() {
        return server.port();
    }

    /**
     * @return the app's bean of that type, else the host service, else the workbench part (stores, renderer, …)
     * @throws IllegalArgumentException when there is none
     */
    public <T> T bean(Class<T> type) {
        if (plugin.container().has(type)) {
            return plugin.container().bean(type);
        }
        Optional<T> host = hostServices.find(type);
        if (host.isPresent()) {
            return host.get();
        }
        return workbenchParts.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The workbench has no bean of type " + type.getName()));
    }

    /** Stops the server and releases the database; safe to call twice. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly", e);
        }
        plugin.close();
        mailQueue.close();
        mailServer.close();
        cluster.close();
        activeObjects.entityManager().getProvider().dispose();
        database.close();
    }

    /**
     * Stops this node as if its JVM had died, for tests of a Data Center cluster: the database connections go first
     * (so transactions in flight roll back, as when the operating system closes a dead process's sockets), then Jetty
     * stops without letting requests finish, and the cluster services stop without releasing their locks — those run
     * out after the lease, as a dead Confluence node's do. No orderly shutdown reaches the database: the app is closed
     * last only so that its threads end, when it can no longer write anything. Start a new workbench with the same
     * options to bring the node back.
     */
    public synchronized void halt() {
        if (stopped) {
            return;
        }
        stopped = true;
        activeObjects.entityManager().getProvider().dispose();
        database.close();
        try {
            server.halt();
        } catch (Exception e) {
            LOG.debug("Jetty stopped abruptly", e);
        }
        cluster.halt();
        try {
            plugin.close();
        } catch (RuntimeException e) {
            LOG.debug("The halted node's app could not close its threads in order", e);
        }
        mailQueue.close();
        mailServer.close();
    }

    /** c3p0, Jetty and Active Objects are chatty at INFO; keep their warnings only, unless told otherwise. */
    private static void quietLibraryLogging() {
        for (String logger : List.of("com.mchange", "org.eclipse.jetty", "net.java.ao", "org.glassfish.jersey")) {
            String property = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "warn");
            }
        }
        JERSEY_PROVIDERS.setLevel(Level.SEVERE);
    }
}
