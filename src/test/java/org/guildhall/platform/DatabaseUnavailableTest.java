package org.guildhall.platform;

import net.java.ao.ActiveObjectsException;
import org.junit.Test;

import java.io.EOFException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

public class DatabaseUnavailableTest {

    @Test
    public void aConnectionExceptionBySqlState_wrappedByActiveObjects_isTheDatabaseBeingUnavailable() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");

        assertThat(DatabaseUnavailable.causedBy(new ActiveObjectsException(refused)), is(true));
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException(new ActiveObjectsException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))), is(true));
    }

    @Test
    public void postgresShuttingDown_aPoolTimeout_andASocketFailure_areTheDatabaseBeingUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01"))), is(true));
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(
                new SQLTransientConnectionException("Connection is not available, request timed out after 30000ms."))),
                is(true));
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException(
                "Connections could not be acquired from the underlying database!", null,
                new CannotAcquireResourceException()))), is(true));
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("read failed", null,
                new EOFException()))), is(true));
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("connect failed", null,
                new ConnectException("Connection refused")))), is(true));
    }

    @Test
    public void aConnectionFailureChainedAsNextException_isFound() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "25P02");
        batch.setNextException(new SQLException("An I/O error occurred", "08006"));

        assertThat(DatabaseUnavailable.causedBy(new ActiveObjectsException(batch)), is(true));
    }

    @Test
    public void constraintViolations_otherSqlErrors_andPlainBugs_areNot() {
        assertThat(DatabaseUnavailable.causedBy(new ActiveObjectsException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"))), is(false));
        assertThat(DatabaseUnavailable.causedBy(new ActiveObjectsException(
                new SQLException("value too long for type character varying(255)", "22001"))), is(false));
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException()), is(false));
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException(new EOFException())), is(false));
    }

    @Test
    public void aCauseChainThatLoops_endsTheSearch() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseUnavailable.causedBy(first), is(false));
    }

    /** Named as c3p0's exception for "no connection could be opened", which the app only knows by name. */
    private static final class CannotAcquireResourceException extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
