package org.guildhall.qa.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.qa.ExternalPerson;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.guildhall.qa.ao.SqlLists.ints;
import static org.guildhall.qa.ao.SqlLists.placeholders;

/** Reads the external people (imported authors) that posts are attributed to. */
@Component
public class ExternalPersonDao {

    private final ActiveObjects ao;

    public ExternalPersonDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** @return the people with these ids, one statement per 500 */
    public Map<Integer, ExternalPerson> find(Collection<Integer> ids) {
        Map<Integer, ExternalPerson> found = new HashMap<>();
        for (List<Integer> slice : SqlLists.slices(ids.stream().distinct().toList())) {
            Arrays.stream(ao.find(ExternalPersonEntity.class, Query.select()
                            .where(ExternalPersonEntity.ID + " IN (" + placeholders(slice.size()) + ")", ints(slice))))
                    .forEach(row -> found.put(row.getID(), new ExternalPerson(row.getID(), row.getDisplayName(),
                            row.getProfileUrl(), row.getSite())));
        }
        return found;
    }
}
