package org.guildhall.expertise;

import org.guildhall.platform.ContentPermissions;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Confluence may restrict a page beyond its space: evidence from a page the reader cannot view must be neither shown nor
 * counted in what that reader sees. Score cells sum every page, so readers subtract the pages hidden from them; one
 * batched permission check per read, whatever the number of pages.
 */
@Component
public class PageVisibility {

    /** The most page items one read checks (a person's or a result page's); beyond it, the oldest go unchecked. */
    public static final int MAX_CHECKED = 500;

    private final ContentPermissions contentPermissions;

    public PageVisibility(ContentPermissions contentPermissions) {
        this.contentPermissions = contentPermissions;
    }

    /**
     * What the current reader may see of some page items.
     *
     * @param titles the titles of the pages the reader may view, by id
     * @param hidden the items of pages the reader may not view
     */
    public record Seen(Map<Long, String> titles, List<EvidenceItem> hidden) {

        /** @return whether the reader may see the item (items other than pages always) */
        public boolean shows(EvidenceItem item) {
            return item.kind() != EvidenceKind.PAGE || titles.containsKey(item.postId());
        }

        /** @return the change that takes the hidden items of that person and topic out of a sum */
        public ScoreChange hiddenFrom(String personKey, String topic) {
            ScoreChange change = ScoreChange.NONE;
            for (EvidenceItem item : hidden) {
                if (item.personKey().equals(personKey) && (topic == null || item.topic().equals(topic))) {
                    change = change.plus(ScoreChange.of(item, -1));
                }
            }
            return change;
        }
    }

    /** Checks the pages of these items for the current reader (one batched load). */
    public Seen check(Collection<EvidenceItem> pageItems) {
        if (pageItems.isEmpty()) {
            return new Seen(Map.of(), List.of());
        }
        Map<Long, String> titles = new HashMap<>(contentPermissions.viewableTitles(
                pageItems.stream().map(EvidenceItem::postId).distinct().toList()));
        List<EvidenceItem> hidden = new ArrayList<>();
        pageItems.forEach(item -> {
            if (!titles.containsKey(item.postId())) {
                hidden.add(item);
            }
        });
        return new Seen(titles, hidden);
    }
}
