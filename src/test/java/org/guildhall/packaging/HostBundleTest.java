package org.guildhall.packaging;

import org.junit.Test;

import java.util.Set;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

public class HostBundleTest {

    @Test
    public void exports_useConfluence10VersionsAndLeaveOutOmittedPackages() {
        OsgiHeader imports = OsgiHeader.parse("net.java.ao.schema;version=0,jakarta.ws.rs.core;version=\"[3.0,4)\","
                + "com.atlassian.sal.api.user,com.atlassian.sal.api;resolution:=optional");

        String exports = HostBundle.exportsFor(imports, Set.of("com.atlassian.sal.api.user"));

        assertThat(exports, is("net.java.ao.schema;version=\"6.1.1\",jakarta.ws.rs.core;version=\"3.1\",com.atlassian.sal.api"));
    }

    @Test
    public void importWithoutAKnownHostVersion_isRefusedByName() {
        OsgiHeader imports = OsgiHeader.parse("com.google.common.collect;version=\"[33,34)\"");

        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> HostBundle.exportsFor(imports, Set.of()));

        assertThat(refusal.getMessage(), containsString("com.google.common.collect"));
    }
}
