package org.guildhall.packaging;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the build puts the things the packaging checks read. Surefire and failsafe pass {@code project.basedir};
 * a run from an IDE falls back to the working directory, which is the project folder there too.
 */
public final class ProjectLayout {

    /** The plugin key every descriptor, manifest and i18n key of the app is built on. */
    public static final String PLUGIN_KEY = "org.guildhall.confluence";

    private ProjectLayout() {
    }

    public static Path basedir() {
        return Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath().normalize();
    }

    public static Path mainJava() {
        return basedir().resolve("src/main/java");
    }

    public static Path mainResources() {
        return basedir().resolve("src/main/resources");
    }

    public static Path classes() {
        return basedir().resolve("target/classes");
    }

    /** The descriptor as the build filtered it (process-resources runs before any test). */
    public static Path filteredDescriptor() {
        return classes().resolve("atlassian-plugin.xml");
    }

    /** The built jar; only failsafe (after {@code package}) sets {@code app.jar}. */
    public static Path appJar() {
        String jar = System.getProperty("app.jar");
        if (jar == null) {
            throw new IllegalStateException("System property app.jar is not set: run this test with failsafe (mvn verify)");
        }
        return Path.of(jar);
    }

    public static Document parseXml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parseXml(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses XML without resolving external entities or DTDs: a descriptor is data, not a fetch list. */
    public static Document parseXml(InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("Not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
