package org.guildhall.workbench.web;

import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.ServletMapping;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.guildhall.workbench.content.PageStore;
import org.guildhall.workbench.content.SpaceStore;
import org.guildhall.workbench.content.StorageFormatRenderer;
import org.guildhall.workbench.mail.WorkbenchMailServer;
import org.guildhall.workbench.host.RequestPageBuilderService;
import org.guildhall.workbench.host.WorkbenchLoginUriProvider;
import org.guildhall.workbench.host.WorkbenchWebSudoManager;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.plugin.InstalledPlugin;
import org.guildhall.workbench.rest.ConfluenceRestApplications;

import java.util.EnumSet;

/**
 * The workbench's HTTP side on Jetty 12, laid out like Confluence below {@value #CONTEXT_PATH}: login and logout,
 * page views, the dashboard, the app's REST modules and servlets, the Confluence REST subset, web resources and
 * AUI. Every request is authenticated first; REST requests are then guarded; plugin servlet pages are decorated.
 */
public final class WorkbenchServer {

    public static final String CONTEXT_PATH = "/confluence";
    private static final String ERROR_PAGE = "/workbench/error";

    private final Server server;
    private final ServerConnector connector;

    /** Everything the server serves, assembled by the workbench. */
    public record Parts(InstalledPlugin plugin, UserDirectory users, SpaceStore spaces, PageStore pages,
                        PermissionManager permissions, StorageFormatRenderer renderer, TemplateRenderer templates,
                        RequestPageBuilderService pageBuilder, WorkbenchLoginUriProvider loginUris, AuiAssets aui,
                        ConfluenceRestApplications confluenceRest, WorkbenchMailServer mailServer,
                        WorkbenchWebSudoManager webSudo) {
    }

    public WorkbenchServer(int port, Parts parts) {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(CONTEXT_PATH);
        context.getSessionHandler().getSessionCookieConfig().setHttpOnly(true);
        PageChrome chrome = new PageChrome(parts.templates(), parts.plugin().webResources(), parts.pageBuilder(),
                parts.aui(), parts.loginUris(), CONTEXT_PATH);

        filter(context, new WorkbenchRequestFilter(parts.users(), parts.pageBuilder()), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        filter(context, new RestGuardFilter(), "/rest/*", EnumSet.of(DispatcherType.REQUEST));
        filter(context, new DecoratingFilter(chrome), "/plugins/servlet/*", EnumSet.of(DispatcherType.REQUEST));
        // the app's <servlet-filter>s, inside page decoration and right around the servlets, as before-dispatch filters
        parts.plugin().servletFilters().forEach(endpoint ->
                filter(context, endpoint.filter(), endpoint.urlPattern(), endpoint.dispatchers()));

        servlet(context, new LoginServlet(parts.users(), chrome), "/login.action");
        servlet(context, new LogoutServlet(), "/logout.action");
        servlet(context, new AuthenticateServlet(parts.users(), parts.webSudo(), parts.loginUris(), chrome),
                WorkbenchWebSudoManager.AUTHENTICATE_PATH);
        DashboardServlet dashboard = new DashboardServlet(parts.spaces(), parts.permissions(), chrome);
        servlet(context, dashboard, "/dashboard.action", "");
        UserProfileServlet profiles = new UserProfileServlet(parts.users(), parts.plugin().webPanels(),
                parts.loginUris(), chrome);
        servlet(context, profiles, "/users/viewuserprofile.action");
        PageServlet pages = new PageServlet(parts.spaces(), parts.pages(), parts.permissions(), parts.renderer(),
                parts.plugin().webItems(), parts.loginUris(), chrome, profiles);
        servlet(context, pages, "/pages/viewpage.action", "/display/*");
        servlet(context, new StaticFileServlet(parts.plugin().webResources(), parts.aui()), "/download/resources/*", "/s/*");
        servlet(context, new ErrorPageServlet(chrome), ERROR_PAGE);
        servlet(context, new OutboxServlet(parts.mailServer(), chrome), "/workbench/outbox", "/workbench/outbox/*");

        parts.plugin().restEndpoints().forEach(rest -> jersey(context, rest.application(), rest.mountPoint()));
        jersey(context, parts.confluenceRest().confluenceApi(), ConfluenceRestApplications.CONFLUENCE_API);
        jersey(context, parts.confluenceRest().workbenchApi(), ConfluenceRestApplications.WORKBENCH_API);
        parts.plugin().servlets().forEach(endpoint -> servlet(context, endpoint.servlet(), endpoint.path()));

        ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
        errors.addErrorPage(400, 599, ERROR_PAGE);
        context.setErrorHandler(errors);
        server.setHandler(context);
    }

    public void start() throws Exception {
        server.start();
    }

    /** @return the port it listens on (the one Jetty picked when asked for port 0) */
    public int port() {
        return connector.getLocalPort();
    }

    public void stop() throws Exception {
        server.stop();
    }

    /** Stops at once: open connections are closed and requests in flight are not waited for. */
    public void halt() throws Exception {
        server.setStopTimeout(0);
        connector.close();
        server.stop();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    private static void filter(ServletContextHandler context, Filter filter, String path,
                               EnumSet<DispatcherType> dispatches) {
        context.addFilter(new FilterHolder(filter), path, dispatches);
    }

    private static void servlet(ServletContextHandler context, Servlet servlet, String... paths) {
        ServletHolder holder = new ServletHolder(servlet.getClass().getSimpleName() + paths[0], servlet);
        context.getServletHandler().addServlet(holder);
        ServletMapping mapping = new ServletMapping();
        mapping.setServletName(holder.getName());
        mapping.setPathSpecs(paths);
        context.getServletHandler().addServletMapping(mapping);
    }

    private static void jersey(ServletContextHandler context, ResourceConfig application, String mountPoint) {
        ServletHolder holder = new ServletHolder(new ServletContainer(application));
        holder.setInitOrder(1);
        context.addServlet(holder, mountPoint + "/*");
    }
}
