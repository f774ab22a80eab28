package org.guildhall.qa.importer;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.annotation.PreDestroy;
import org.guildhall.community.Community;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.Conflict;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.Transactions;
import org.guildhall.qa.importer.StackExchangeDump.InvalidDump;
import org.guildhall.qa.importer.ao.ImportDao;
import org.guildhall.qa.importer.ao.ImportDao.ImportRunRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Imports Stack Exchange dumps into communities for system administrators: checks the upload and the community, records
 * a run, and imports in the background on this node while holding the community's cluster lock, so only one import
 * per community runs in the whole cluster at a time. Progress is written to the run after every batch.
 */
@Component
public class StackExchangeImport {

    private static final Logger LOG = LoggerFactory.getLogger(StackExchangeImport.class);
    private static final String LOCK_PREFIX = "org.guildhall.qa.import.community.";

    private final StackExchangeImporter importer;
    private final ImportDao dao;
    private final CommunityDao communityDao;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final Clock clock;
    private final ClusterLockService locks;
    private final SimilarQuestions similarQuestions;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "guildhall-stackexchange-import");
        thread.setDaemon(true);
        return thread;
    });

    public StackExchangeImport(StackExchangeImporter importer, ImportDao dao, CommunityDao communityDao,
                               CurrentUser currentUser, Transactions transactions, Clock clock,
                               @ComponentImport ClusterLockService locks, SimilarQuestions similarQuestions) {
        this.importer = importer;
        this.dao = dao;
        this.communityDao = communityDao;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
        this.locks = locks;
        this.similarQuestions = similarQuestions;
    }

    /**
     * Starts importing the zipped dump into the community, in the background. System administrators only. The upload is
     * checked (a zip with Posts, Users, Votes, Tags, PostLinks and Comments XML, a site name) before anything is
     * stored; broken XML found later fails the run with nothing written.
     *
     * @param site the site's host name, or null to take it from the folder inside the zip
     * @throws AccessDenied when the caller is not a system administrator
     * @throws InvalidInput naming {@code community} (missing or unknown), {@code body} (not a zip, files missing) or
     *                      {@code site}
     * @throws Conflict     when an import into that community is queued or running
     */
    public ImportRun start(String communitySpaceKey, String site, InputStream zip) {
        requireAdministrator();
        Community community = community(communitySpaceKey);
        Path upload;
        try {
            upload = Files.createTempFile("guildhall-import-", ".zip");
            Files.copy(zip, upload, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload", e);
        }
        StackExchangeDump dump;
        try {
            dump = StackExchangeDump.zip(upload, site);
        } catch (InvalidDump e) {
            deleteQuietly(upload);
            throw new InvalidInput(Map.of(e.field(), e.messageKey()));
        }
        return startInBackground(community, dump, upload);
    }

    /**
     * Imports a dump folder into the community now, in the calling thread (the workbench's demo content). Needs no
     * user: it is not reachable from outside.
     *
     * @return the finished run
     */
    public ImportRun importFolderNow(Path folder, String communitySpaceKey) {
        Community community = community(communitySpaceKey);
        StackExchangeDump dump = StackExchangeDump.folder(folder, null);
        ImportRunRow run = transactions.inTransaction(() -> dao.createRun((int) community.id(), dump.site(), null,
                clock.now()));
        execute(run.id(), (int) community.id(), dump, null);
        return find(run.id());
    }

    /**
     * @return the run with its progress; system administrators only
     * @throws AccessDenied when the caller is not a system administrator
     * @throws NotFound     when there is no such run
     */
    public ImportRun run(int id) {
        requireAdministrator();
        return find(id);
    }

    /** @return the newest runs, newest first; system administrators only */
    public List<ImportRun> recentRuns(int limit) {
        requireAdministrator();
        return dao.recentRuns(limit).stream().map(this::toRun).toList();
    }

    private ImportRun find(int id) {
        return dao.findRun(id).map(this::toRun)
                .orElseThrow(() -> new NotFound("guildhall.import.error.run-not-found", id));
    }

    private ImportRun startInBackground(Community community, StackExchangeDump dump, Path upload) {
        int communityId = (int) community.id();
        boolean busy = dao.recentRuns(50).stream().anyMatch(run -> run.communityId() == communityId
                && (run.state().equals("queued") || run.state().equals("running"))
                && run.updatedAt().isAfter(clock.now().minusSeconds(600)));
        if (busy) {
            closeQuietly(dump);
            deleteQuietly(upload);
            throw new Conflict("guildhall.import.error.busy", community.spaceKey());
        }
        ImportRunRow run = transactions.inTransaction(() -> dao.createRun(communityId, dump.site(),
                currentUser.userKey().orElse(null), clock.now()));
        background.submit(() -> execute(run.id(), communityId, dump, upload));
        return toRun(run);
    }

    private void execute(int runId, int communityId, StackExchangeDump dump, Path upload) {
        ImportProgress progress = new ImportProgress();
        ClusterLock lock = locks.getLockForName(LOCK_PREFIX + communityId);
        try {
            if (!lock.tryLock()) {
                record(runId, "failed", progress, "Another import into this community is running.");
                return;
            }
            try {
                record(runId, "running", progress, null);
                importer.importDump(dump, communityId, progress, () -> record(runId, "running", progress, null));
                record(runId, "succeeded", progress, null);
                suggestImportedQuestionsNow();
            } finally {
                lock.unlock();
            }
        } catch (RuntimeException e) {
            LOG.warn("Import run {} failed", runId, e);
            record(runId, "failed", progress, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            closeQuietly(dump);
            if (upload != null) {
                deleteQuietly(upload);
            }
        }
    }

    /**
     * The imported questions are suggested on this node at once instead of at its index's next poll (other nodes
     * within their poll interval), so whoever imported sees them straight away.
     */
    private void suggestImportedQuestionsNow() {
        try {
            similarQuestions.catchUp();
        } catch (RuntimeException e) {
            LOG.warn("The similar-question index could not catch up after an import; its next poll does", e);
        }
    }

    private void record(int runId, String state, ImportProgress progress, String error) {
        transactions.inTransaction(() -> {
            dao.updateRun(runId, state, progress.toJson(), error, clock.now());
            return null;
        });
    }

    private Community community(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new InvalidInput(Map.of("community", "guildhall.import.error.community.required"));
        }
        Optional<Community> community = communityDao.findBySpaceKey(spaceKey).filter(Community::enabled);
        return community.orElseThrow(() ->
                new InvalidInput(Map.of("community", "guildhall.import.error.community.unknown")));
    }

    private void requireAdministrator() {
        if (currentUser.userKey().isEmpty() || !currentUser.isAdministrator()) {
            throw new AccessDenied("guildhall.import.error.administrators-only");
        }
    }

    private ImportRun toRun(ImportRunRow row) {
        return new ImportRun(row.id(), row.communityId(), row.site(), row.state(), row.progress(), row.errorMessage(),
                row.createdAt(), row.finishedAt());
    }

    private static void closeQuietly(StackExchangeDump dump) {
        try {
            dump.close();
        } catch (IOException e) {
            LOG.debug("Closing the dump failed", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Cannot delete {}", file, e);
        }
    }

    @PreDestroy
    public void stop() {
        background.shutdownNow();
    }
}
