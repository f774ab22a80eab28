package org.guildhall.expertise;

import org.guildhall.community.Topics;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.expertise.ao.EndorsementDao;
import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.People;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Endorsing a colleague's skill with proof, and taking it back. One endorsement per endorser, skill and person (a
 * unique key): endorsing again renews it, so its weight starts fading anew.
 */
@Component
public class Endorsing {

    private final CurrentUser currentUser;
    private final People people;
    private final VisibleCommunities visibleCommunities;
    private final EvidenceDao evidenceDao;
    private final EndorsementDao endorsementDao;
    private final PageVisibility pageVisibility;
    private final Transactions transactions;
    private final Clock clock;

    public Endorsing(CurrentUser currentUser, People people, VisibleCommunities visibleCommunities,
                     EvidenceDao evidenceDao, EndorsementDao endorsementDao, PageVisibility pageVisibility,
                     Transactions transactions, Clock clock) {
        this.currentUser = currentUser;
        this.people = people;
        this.visibleCommunities = visibleCommunities;
        this.evidenceDao = evidenceDao;
        this.endorsementDao = endorsementDao;
        this.pageVisibility = pageVisibility;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Endorses the person's skill in the topic, pointing at one of their answers in that topic (pages: once page
     * evidence is recorded). Any logged-in user but the person; the evidence must be the person's, in the topic, and
     * in a community the endorser can see (otherwise it is reported exactly like evidence that does not exist).
     *
     * @param evidenceType {@code answer} or {@code page}
     * @return the endorsement, new or renewed
     * @throws AccessDenied when anonymous (401)
     * @throws NotFound     for a user Confluence does not know
     * @throws InvalidInput naming {@code userKey} (oneself), {@code topic}, {@code evidence.type} or
     *                      {@code evidence.id}; nothing changes
     */
    public Endorsement endorse(String userKey, String topic, String evidenceType, Long evidenceId) {
        String endorser = currentUser.userKey().orElseThrow(() -> new AccessDenied("guildhall.error.login-required"));
        people.find(userKey).orElseThrow(() -> new NotFound("guildhall.error.person.not-found"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (endorser.equals(userKey)) {
            errors.put("userKey", "guildhall.error.endorse.self");
        }
        String parsedTopic = Topics.parse(topic).orElse(null);
        if (parsedTopic == null) {
            errors.put("topic", "guildhall.error.endorse.topic");
        }
        EvidenceKind kind = EvidenceKind.parse(evidenceType)
                .filter(parsed -> parsed == EvidenceKind.ANSWER || parsed == EvidenceKind.PAGE).orElse(null);
        if (kind == null) {
            errors.put("evidence.type", "guildhall.error.endorse.evidence-type");
        }
        if (evidenceId == null) {
            errors.put("evidence.id", "guildhall.error.endorse.evidence");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        EvidenceItem evidence = evidenceDao.findPost(userKey, kind, evidenceId).stream()
                .filter(item -> item.topic().equals(parsedTopic))
                .filter(item -> visibleCommunities.canSee(item.communityId()))
                .filter(item -> item.kind() != EvidenceKind.PAGE || pageVisibility.check(List.of(item)).shows(item))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(Map.of("evidence.id", "guildhall.error.endorse.evidence")));
        return transactions.inTransactionRetryingOnConflict(() -> endorsementDao.save(userKey, endorser, parsedTopic,
                kind, evidenceId, evidence.communityId(), clock.now()));
    }

    /**
     * Takes an endorsement back. Its endorser, or a Confluence administrator.
     *
     * @throws AccessDenied 401 when anonymous, 403 for anyone else
     * @throws NotFound     when the person has no endorsement with that id
     */
    public void withdraw(String userKey, long endorsementId) {
        String caller = currentUser.userKey().orElseThrow(() -> new AccessDenied("guildhall.error.login-required"));
        Endorsement endorsement = endorsementDao.find(endorsementId)
                .filter(found -> found.personKey().equals(userKey))
                .filter(found -> visibleCommunities.canSee(found.communityId()))
                .orElseThrow(() -> new NotFound("guildhall.error.endorse.not-found"));
        if (!endorsement.endorserKey().equals(caller) && !currentUser.isAdministrator()) {
            throw new AccessDenied("guildhall.error.endorse.not-yours");
        }
        transactions.inTransaction(() -> {
            endorsementDao.delete(endorsementId);
            return null;
        });
    }
}
