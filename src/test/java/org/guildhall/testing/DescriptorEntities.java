package org.guildhall.testing;

import net.java.ao.Entity;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The entities of the descriptor's {@code <ao>} module, in the order listed: what the Active Objects plugin migrates
 * when the app starts, and so what every database test starts from.
 */
public final class DescriptorEntities {

    private static final List<Class<? extends Entity>> ALL = read();

    private DescriptorEntities() {
    }

    public static List<Class<? extends Entity>> all() {
        return ALL;
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Entity>> read() {
        try (InputStream descriptor = DescriptorEntities.class.getResourceAsStream("/atlassian-plugin.xml")) {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor);
            NodeList entities = document.getElementsByTagName("entity");
            List<Class<? extends Entity>> types = new ArrayList<>();
            for (int i = 0; i < entities.getLength(); i++) {
                types.add((Class<? extends Entity>) Class.forName(entities.item(i).getTextContent().trim()));
            }
            return List.copyOf(types);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the <ao> entities of atlassian-plugin.xml", e);
        }
    }
}
