package org.guildhall.privacy;

import org.guildhall.admin.SystemAdministrators;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.Transactions;
import org.guildhall.privacy.PersonalColumns.Fate;
import org.guildhall.privacy.PersonalColumns.PersonalColumn;
import org.guildhall.privacy.ao.PersonalDataDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Privacy: everything Guildhall holds about one person, for the right of access, and anonymising a person Confluence
 * deleted. Their content stays, attributed to an anonymous former user (pages and macros show "Former user" for a
 * key Confluence does not know); their profile, skills, evidence, scores, endorsements given and received, follows,
 * routing and memberships go (a community they owned alone gets its longest-standing member as owner), and so do
 * other people's follows of them. Their evidence and score cells are deleted in the same transaction (no rebuild
 * needed), and former-user keys never collect evidence again ({@link #isFormerUser}).
 */
@Component
public class PersonalData {

    /** The prefix of the keys deleted people's content is attributed to; never a Confluence user key. */
    public static final String FORMER_USER_PREFIX = "guildhall-former-user:";
    static final int PAGE_SIZE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(PersonalData.class);

    private final PersonalDataDao dao;
    private final CommunityDao communityDao;
    private final Transactions transactions;
    private final SystemAdministrators systemAdministrators;
    private final VisibleCommunities visibleCommunities;

    public PersonalData(PersonalDataDao dao, CommunityDao communityDao, Transactions transactions,
                        SystemAdministrators systemAdministrators, VisibleCommunities visibleCommunities) {
        this.dao = dao;
        this.communityDao = communityDao;
        this.transactions = transactions;
        this.systemAdministrators = systemAdministrators;
        this.visibleCommunities = visibleCommunities;
    }

    /**
     * @return whether the key is one that a deleted person's content is attributed to: such a key collects no
     *         expertise, so a deleted person never reappears as an expert when their old answers are scored again
     */
    public static boolean isFormerUser(String userKey) {
        return userKey != null && userKey.startsWith(FORMER_USER_PREFIX);
    }

    /** Receives the export a section and a page of rows at a time. */
    public interface ExportSink {
        void section(String name);

        void rows(List<Map<String, Object>> rows);
    }

    /**
     * Checks the caller before an export starts: system administrators only.
     *
     * @throws org.guildhall.platform.GuildhallException.AccessDenied for everyone else (401 anonymous)
     */
    public void authorizeExport() {
        systemAdministrators.require();
    }

    /** Streams every row Guildhall holds about the person, section by section, {@value #PAGE_SIZE} rows at a time. */
    public void export(String userKey, ExportSink sink) {
        for (PersonalColumn column : PersonalColumns.ALL) {
            sink.section(column.section());
            long after = 0;
            List<Map<String, Object>> page;
            do {
                page = dao.page(column.entity(), column.column(), column.condition(), userKey, after, PAGE_SIZE);
                if (!page.isEmpty()) {
                    sink.rows(page);
                    after = ((Number) page.get(page.size() - 1).get("ID")).longValue();
                }
            } while (page.size() == PAGE_SIZE);
        }
    }

    /**
     * Anonymises a person Confluence deleted, in one transaction. For the app's listener only: no caller checks.
     *
     * @return the key their content is now attributed to
     */
    public String anonymise(String userKey) {
        String formerUser = FORMER_USER_PREFIX + UUID.randomUUID();
        transactions.inTransaction(() -> {
            dao.removeMemberships(userKey);
            for (PersonalColumn column : PersonalColumns.ALL) {
                if (column.fate() == Fate.ANONYMISE) {
                    dao.replaceKey(column.entity(), column.column(), column.compositeColumn(), column.condition(),
                            userKey, formerUser);
                } else if (!column.section().equals("memberships")) {
                    dao.delete(column.entity(), column.column(), column.condition(), userKey);
                }
            }
            return null;
        });
        communityDao.forgetSnapshot();
        visibleCommunities.forget(userKey);
        LOG.info("Guildhall anonymised the data of a deleted user");
        return formerUser;
    }
}
