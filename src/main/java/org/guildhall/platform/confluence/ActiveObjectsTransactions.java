package org.guildhall.platform.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/** {@link Transactions} backed by Active Objects' transaction support. */
@Component
public class ActiveObjectsTransactions implements Transactions {

    private final ActiveObjects activeObjects;

    public ActiveObjectsTransactions(@ComponentImport ActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return activeObjects.executeInTransaction(work::get);
    }
}
