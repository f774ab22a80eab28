package org.guildhall.qa.importer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * One site of the public Stack Exchange data dump: a folder or a zip file holding {@link #FILES}. Files are opened as
 * streams, once per pass of the import, and never read into memory whole. In a zip the files may sit in one folder,
 * whose name (such as {@code coffee.stackexchange.com}) then names the site.
 */
public final class StackExchangeDump implements Closeable {

    public static final String POSTS = "Posts.xml";
    public static final String USERS = "Users.xml";
    public static final String VOTES = "Votes.xml";
    public static final String TAGS = "Tags.xml";
    public static final String POST_LINKS = "PostLinks.xml";
    public static final String COMMENTS = "Comments.xml";
    /** Every file an import reads. */
    public static final List<String> FILES = List.of(USERS, TAGS, POSTS, POST_LINKS, COMMENTS, VOTES);

    /** A host name: what Stack Exchange sites are called, and what source keys and links are built from. */
    private static final Pattern SITE = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private final String site;
    private final Map<String, Opener> files;
    private final Closeable resource;

    private interface Opener {
        InputStream open() throws IOException;
    }

    private StackExchangeDump(String site, Map<String, Opener> files, Closeable resource) {
        this.site = site;
        this.files = files;
        this.resource = resource;
    }

    /** Why a dump cannot be imported; {@code field} names the request input at fault. */
    public static final class InvalidDump extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final String messageKey;

        public InvalidDump(String field, String messageKey, String detail) {
            super(detail);
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * @param site the site's host name, or null to take the folder's name
     * @throws InvalidDump when a file is missing or the site is not a host name
     */
    public static StackExchangeDump folder(Path folder, String site) {
        Map<String, Opener> files = new HashMap<>();
        for (String name : FILES) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                files.put(name, () -> Files.newInputStream(file));
            }
        }
        String chosen = site != null && !site.isBlank() ? site
                : folder.getFileName() == null ? null : folder.getFileName().toString();
        return checked(chosen, files, () -> { });
    }

    /**
     * Opens a zip with the dump's files at its top level or in one folder.
     *
     * @param site the site's host name, or null to take the name of the folder in the zip
     * @throws InvalidDump when it is not a zip, a file is missing or the site is unknown or not a host name
     */
    public static StackExchangeDump zip(Path zipFile, String site) {
        ZipFile zip;
        try {
            zip = new ZipFile(zipFile.toFile());
        } catch (ZipException e) {
            throw new InvalidDump("body", "guildhall.import.error.not-a-zip", "The upload is not a zip file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Opener> files = new HashMap<>();
        String folder = null;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            String path = entry.getName().replace('\\', '/');
            int slash = path.lastIndexOf('/');
            String name = path.substring(slash + 1);
            for (String wanted : FILES) {
                if (wanted.equalsIgnoreCase(name) && !files.containsKey(wanted)) {
                    files.put(wanted, () -> zip.getInputStream(entry));
                    if (slash > 0) {
                        String parent = path.substring(0, slash);
                        folder = parent.substring(parent.lastIndexOf('/') + 1);
                    }
                }
            }
        }
        String chosen = site != null && !site.isBlank() ? site : folder;
        try {
            return checked(chosen, files, zip);
        } catch (InvalidDump e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // the dump is refused anyway
            }
            throw e;
        }
    }

    private static StackExchangeDump checked(String site, Map<String, Opener> files, Closeable resource) {
        List<String> missing = new ArrayList<>();
        for (String name : FILES) {
            if (!files.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidDump("body", "guildhall.import.error.missing-files",
                    "The dump lacks " + String.join(", ", missing));
        }
        Optional<String> normalised = site(site);
        if (normalised.isEmpty()) {
            throw new InvalidDump("site", "guildhall.import.error.site",
                    "Name the site, such as coffee.stackexchange.com");
        }
        return new StackExchangeDump(normalised.get(), files, resource);
    }

    /** @return the site as a lower-case host name, or empty when it is not one */
    public static Optional<String> site(String site) {
        if (site == null) {
            return Optional.empty();
        }
        String lower = site.trim().toLowerCase(Locale.ROOT);
        return lower.length() <= 200 && SITE.matcher(lower).matches() ? Optional.of(lower) : Optional.empty();
    }

    /** @return e.g. {@code coffee.stackexchange.com} */
    public String site() {
        return site;
    }

    /** Opens one of {@link #FILES} from its start; the caller closes it. */
    public InputStream open(String file) throws IOException {
        Opener opener = files.get(file);
        if (opener == null) {
            throw new IllegalArgumentException(file + " is not a dump file");
        }
        return opener.open();
    }

    @Override
    public void close() throws IOException {
        resource.close();
    }
}
