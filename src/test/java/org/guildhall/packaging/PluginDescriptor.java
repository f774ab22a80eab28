package org.guildhall.packaging;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;

/** Read-only views of {@code atlassian-plugin.xml} that several checks share. */
public record PluginDescriptor(Document document) {

    public static PluginDescriptor filtered() {
        return new PluginDescriptor(ProjectLayout.parseXml(ProjectLayout.filteredDescriptor()));
    }

    public List<Element> elements(String tagName) {
        NodeList nodes = document.getElementsByTagName(tagName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    public static List<Element> children(Element parent, String tagName) {
        List<Element> children = new ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tagName)) {
                children.add(element);
            }
        }
        return children;
    }

    /** @return packages of {@code <condition class>} host classes; the bundle must import them by hand */
    public List<String> hostConditionPackages() {
        return elements("condition").stream()
                .map(condition -> condition.getAttribute("class"))
                .filter(className -> className.startsWith("com.atlassian."))
                .map(className -> className.substring(0, className.lastIndexOf('.')))
                .distinct()
                .toList();
    }
}
