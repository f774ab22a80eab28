package org.guildhall.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on the loopback interface in front of a database server, which a test can {@link #cut()} to make the
 * database unavailable — every open connection is dropped and new ones are closed as soon as they are accepted, as
 * when the database host goes away — and {@link #restore()} again. Point the workbench at
 * {@code jdbc:postgresql://127.0.0.1:<port()>/}.
 */
public final class DatabaseProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private DatabaseProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        daemon("db-proxy-accept", this::acceptConnections).start();
    }

    /** Starts a proxy to {@code host:port}. */
    public static DatabaseProxy to(String host, int port) throws IOException {
        return new DatabaseProxy(host, port);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** @return the PostgreSQL server URL through this proxy, for {@code WorkbenchOptions.withPostgresServer} */
    public String postgresServerUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/";
    }

    /** The database goes away: open connections break, new ones are refused, until {@link #restore()}. */
    public synchronized void cut() {
        cut = true;
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    /** The database is reachable again. */
    public void restore() {
        cut = false;
    }

    @Override
    public void close() {
        closeQuietly(listener);
        open.forEach(DatabaseProxy::closeQuietly);
    }

    private void acceptConnections() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server;
                synchronized (this) {
                    if (cut) {
                        closeQuietly(client);
                        continue;
                    }
                    server = new Socket(targetHost, targetPort);
                    open.add(client);
                    open.add(server);
                }
                daemon("db-proxy-up", () -> pipe(client, server)).start();
                daemon("db-proxy-down", () -> pipe(server, client)).start();
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away; closing both below ends the other direction too
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
