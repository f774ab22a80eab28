package org.guildhall.expertise.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.qa.ao.QuestionEntity;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * Walks the ids of every question, in order, for the full rebuild of expertise. Reads Q&A's question table (ids
 * only); the questions themselves are read through Q&A's own DAOs.
 */
@Component
public class QuestionIdsDao {

    private final ActiveObjects ao;

    public QuestionIdsDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** @return up to {@code limit} question ids greater than {@code after}, ascending */
    public List<Long> idsAfter(long after, int limit) {
        return Arrays.stream(ao.find(QuestionEntity.class, Query.select(QuestionEntity.ID)
                        .where(QuestionEntity.ID + " > ?", (int) after).order(QuestionEntity.ID + " ASC").limit(limit)))
                .map(entity -> (long) entity.getID()).toList();
    }
}
