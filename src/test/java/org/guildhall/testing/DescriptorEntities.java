package org.guildhall.testing;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
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

    /** @return the {@code <upgradeTask>}s of the {@code <ao>} module, each created with its no-argument constructor */
    public static List<ActiveObjectsUpgradeTask> upgradeTasks() {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String className : texts("upgradeTask")) {
            try {
                tasks.add((ActiveObjectsUpgradeTask) Class.forName(className).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create upgrade task " + className, e);
            }
        }
        return tasks;
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Entity>> read() {
        List<Class<? extends Entity>> types = new ArrayList<>();
        for (String className : texts("entity")) {
            try {
                types.add((Class<? extends Entity>) Class.forName(className));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("No entity class " + className, e);
            }
        }
        return List.copyOf(types);
    }

    private static List<String> texts(String element) {
        try (InputStream descriptor = DescriptorEntities.class.getResourceAsStream("/atlassian-plugin.xml")) {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor);
            NodeList nodes = document.getElementsByTagName(element);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent().trim());
            }
            return texts;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the <ao> " + element + "s of atlassian-plugin.xml", e);
        }
    }
}
