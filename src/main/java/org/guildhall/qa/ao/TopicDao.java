package org.guildhall.qa.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.qa.Topic;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.guildhall.qa.ao.SqlLists.date;
import static org.guildhall.qa.ao.SqlLists.placeholders;
import static org.guildhall.qa.ao.TopicEntity.CREATED_AT;
import static org.guildhall.qa.ao.TopicEntity.NAME;

/** The only code that reads and writes known topics. */
@Component
public class TopicDao {

    private final ActiveObjects ao;

    public TopicDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Optional<Topic> find(String name) {
        return Arrays.stream(ao.find(TopicEntity.class, Query.select().where(NAME + " = ?", name)))
                .findFirst().map(TopicDao::toRecord);
    }

    /** @return which of these names are known topics (one statement for up to 500 names) */
    public Set<String> findKnown(Collection<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        return SqlLists.slices(List.copyOf(names)).stream()
                .flatMap(slice -> Arrays.stream(ao.find(TopicEntity.class, Query.select()
                        .where(NAME + " IN (" + placeholders(slice.size()) + ")", slice.toArray()))))
                .map(TopicEntity::getName).collect(Collectors.toSet());
    }

    /** @return up to {@code limit} known topics whose name starts with the prefix, by name */
    public List<Topic> findByPrefix(String prefix, int limit) {
        return Arrays.stream(ao.find(TopicEntity.class, Query.select()
                        .where(NAME + " LIKE ?", escapeLike(prefix) + "%")
                        .order(NAME + " ASC").limit(limit)))
                .map(TopicDao::toRecord).toList();
    }

    /**
     * Makes these topics known (those already known are left as they are). Call inside a transaction that retries on
     * conflict: a concurrent registration of the same name fails on the unique name, and the retry sees it.
     */
    public void register(Collection<String> names, Instant now) {
        Set<String> known = findKnown(names);
        List<Map<String, Object>> rows = names.stream().distinct().filter(name -> !known.contains(name)).map(name -> {
            Map<String, Object> row = new HashMap<>();
            row.put(NAME, name);
            row.put(CREATED_AT, date(now));
            return row;
        }).toList();
        if (!rows.isEmpty()) {
            ao.create(TopicEntity.class, rows);
        }
    }

    /** LIKE patterns treat _ and % specially; topic names hold only letters, digits and hyphens, so drop the rest. */
    private static String escapeLike(String prefix) {
        return prefix.replace("%", "").replace("_", "");
    }

    private static Topic toRecord(TopicEntity entity) {
        return new Topic(entity.getName(), entity.getDescription() == null ? "" : entity.getDescription());
    }

}
