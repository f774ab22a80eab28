package org.guildhall.packaging;

import java.util.List;
import java.util.Optional;

/**
 * The package versions Confluence 10 (Platform 8) exports, as far as the app's imports go. The Felix test exports
 * these from a stand-in host bundle, so an import range that a real Confluence 10 would not satisfy fails here.
 * Active Objects is deliberately newer (6.1.1) than the 3.2.11 we compile against: Confluence ships AO 6.x.
 * A package no rule covers is reported, so a new kind of import makes someone look up the host's version.
 */
public final class HostPackageVersions {

    /** A package and its sub-packages, exported at {@code version} (null: exported without a version). */
    record Rule(String packagePrefix, String version) {

        boolean covers(String packageName) {
            return packageName.equals(packagePrefix) || packageName.startsWith(packagePrefix + ".");
        }
    }

    static final List<Rule> CONFLUENCE_10 = List.of(
            new Rule("jakarta.servlet", "6.0"),
            new Rule("jakarta.ws.rs", "3.1"),
            new Rule("jakarta.inject", "2.0"),
            new Rule("jakarta.annotation", "2.1"),
            new Rule("net.java.ao", "6.1.1"),
            new Rule("org.springframework", "6.1"),
            new Rule("com.fasterxml.jackson", "2.17"),
            new Rule("org.slf4j", "2.0"),
            // Jakarta Mail 2.1 (Jakarta EE 10, Platform 8's namespace): assumed, not yet read from a Confluence 10 jar
            new Rule("jakarta.mail", "2.1"),
            new Rule("com.atlassian", null),
            // StAX (the Stack Exchange import): the JDK's, which Confluence's OSGi system bundle exports unversioned
            new Rule("javax.xml.stream", null),
            // the JDK's HMAC (digest unsubscribe links) and image encoding (PNG charts), exported unversioned likewise
            new Rule("javax.crypto", null),
            new Rule("javax.imageio", null));

    private HostPackageVersions() {
    }

    /** @return the rule that covers the package, or empty when the host's version is not on record */
    static Optional<Rule> ruleFor(String packageName) {
        return CONFLUENCE_10.stream().filter(rule -> rule.covers(packageName)).findFirst();
    }
}
