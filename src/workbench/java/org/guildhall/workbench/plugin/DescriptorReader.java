package org.guildhall.workbench.plugin;

import org.guildhall.workbench.plugin.PluginDescriptor.AoModule;
import org.guildhall.workbench.plugin.PluginDescriptor.ConditionModule;
import org.guildhall.workbench.plugin.PluginDescriptor.DownloadResource;
import org.guildhall.workbench.plugin.PluginDescriptor.MacroModule;
import org.guildhall.workbench.plugin.PluginDescriptor.RestModule;
import org.guildhall.workbench.plugin.PluginDescriptor.ServletFilterModule;
import org.guildhall.workbench.plugin.PluginDescriptor.ServletModule;
import org.guildhall.workbench.plugin.PluginDescriptor.WebItemModule;
import org.guildhall.workbench.plugin.PluginDescriptor.WebPanelModule;
import org.guildhall.workbench.plugin.PluginDescriptor.WebResourceModule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code atlassian-plugin.xml} into a {@link PluginDescriptor}. Strict on purpose: an unknown module type, a
 * missing attribute, a duplicate key or an unfiltered {@code ${placeholder}} stops the workbench with a message
 * that names the module, so descriptor mistakes show up here before they reach a Confluence.
 */
public final class DescriptorReader {

    private static final Set<String> IGNORED_MODULES = Set.of("plugin-info", "rest-migration");

    private final Path file;

    private DescriptorReader(Path file) {
        this.file = file;
    }

    public static PluginDescriptor read(Path descriptor) {
        return new DescriptorReader(descriptor).read();
    }

    private PluginDescriptor read() {
        Element root = parse().getDocumentElement();
        if (!"atlassian-plugin".equals(root.getTagName())) {
            throw fail("the root element must be <atlassian-plugin>, not <" + root.getTagName() + ">");
        }
        String pluginKey = required(root, "key");
        if (!"2".equals(root.getAttribute("plugins-version"))) {
            throw fail("<atlassian-plugin> must say plugins-version=\"2\" (a P2 plugin)");
        }
        String i18nLocation = null;
        List<DownloadResource> downloads = new ArrayList<>();
        List<AoModule> ao = new ArrayList<>();
        List<RestModule> rest = new ArrayList<>();
        List<WebResourceModule> webResources = new ArrayList<>();
        List<MacroModule> macros = new ArrayList<>();
        List<ServletModule> servlets = new ArrayList<>();
        List<ServletFilterModule> servletFilters = new ArrayList<>();
        List<WebItemModule> webItems = new ArrayList<>();
        List<WebPanelModule> webPanels = new ArrayList<>();
        Set<String> allowlist = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Element module : children(root)) {
            String type = module.getTagName();
            if (!module.getAttribute("key").isEmpty() && !keys.add(module.getAttribute("key"))) {
                throw fail("two modules have the key '" + module.getAttribute("key") + "'");
            }
            switch (type) {
                case "resource" -> {
                    String resourceType = required(module, "type");
                    if ("i18n".equals(resourceType)) {
                        if (i18nLocation != null) {
                            throw fail("more than one <resource type=\"i18n\"> (the workbench supports one bundle)");
                        }
                        i18nLocation = required(module, "location").replace('.', '/');
                    } else if ("download".equals(resourceType)) {
                        downloads.add(new DownloadResource(required(module, "name"), required(module, "location")));
                    } else {
                        throw fail("<resource type=\"" + resourceType + "\"> at plugin level is not supported");
                    }
                }
                case "ao" -> ao.add(new AoModule(required(module, "key"), required(module, "namespace"),
                        texts(module, "entity"), texts(module, "upgradeTask")));
                case "rest" -> rest.add(new RestModule(required(module, "key"), required(module, "path"),
                        required(module, "version"), nonEmpty(module, texts(module, "package"), "<package>")));
                case "web-resource" -> webResources.add(webResource(module));
                case "xhtml-macro" -> macros.add(new MacroModule(required(module, "key"), required(module, "name"),
                        required(module, "class")));
                case "servlet" -> servlets.add(new ServletModule(required(module, "key"), required(module, "class"),
                        nonEmpty(module, texts(module, "url-pattern"), "<url-pattern>")));
                case "servlet-filter" -> servletFilters.add(new ServletFilterModule(required(module, "key"),
                        required(module, "class"), module.getAttribute("location"),
                        module.getAttribute("weight").isEmpty() ? 100 : Integer.parseInt(module.getAttribute("weight")),
                        nonEmpty(module, texts(module, "url-pattern"), "<url-pattern>"), texts(module, "dispatcher")));
                case "web-item" -> webItems.add(webItem(module));
                case "web-panel" -> webPanels.add(webPanel(module));
                case "velocity-allowlist" -> allowlist.addAll(nonEmpty(module, texts(module, "method"), "<method>"));
                default -> {
                    if (!IGNORED_MODULES.contains(type)) {
                        throw fail("<" + type + " key=\"" + module.getAttribute("key")
                                + "\"> is a module type the workbench does not support");
                    }
                }
            }
        }
        if (i18nLocation == null) {
            throw fail("there is no <resource type=\"i18n\">: Confluence would show raw keys");
        }
        return new PluginDescriptor(pluginKey, root.getAttribute("name"), i18nLocation, downloads, ao, rest,
                webResources, macros, servlets, webItems, webPanels, allowlist, servletFilters);
    }

    private WebResourceModule webResource(Element module) {
        String key = required(module, "key");
        Map<String, List<String>> transformers = new LinkedHashMap<>();
        List<DownloadResource> resources = new ArrayList<>();
        for (Element child : children(module)) {
            switch (child.getTagName()) {
                case "transformation" -> {
                    List<String> transformerKeys = new ArrayList<>();
                    for (Element transformer : children(child)) {
                        transformerKeys.add(required(transformer, "key"));
                    }
                    transformers.put(required(child, "extension"), transformerKeys);
                }
                case "resource" -> {
                    if (!"download".equals(required(child, "type"))) {
                        throw fail("<web-resource key=\"" + key + "\">: only download resources are supported");
                    }
                    resources.add(new DownloadResource(required(child, "name"), required(child, "location")));
                }
                case "dependency", "description", "context" -> {
                    // dependencies are read below; descriptions and contexts change nothing in the workbench
                }
                default -> throw fail("<web-resource key=\"" + key + "\"> has an unsupported <" + child.getTagName() + ">");
            }
        }
        return new WebResourceModule(key, texts(module, "dependency"), transformers, resources);
    }

    private WebItemModule webItem(Element module) {
        String key = required(module, "key");
        Element label = single(module, "label");
        Element link = single(module, "link");
        if (label == null || link == null) {
            throw fail("<web-item key=\"" + key + "\"> needs a <label key> and a <link>");
        }
        Element tooltip = single(module, "tooltip");
        List<ConditionModule> conditions = new ArrayList<>();
        for (Element child : children(module)) {
            if ("conditions".equals(child.getTagName())) {
                throw fail("<web-item key=\"" + key + "\">: <conditions> groups are not supported; use <condition>s");
            }
            if ("condition".equals(child.getTagName())) {
                Map<String, String> parameters = new LinkedHashMap<>();
                for (Element parameter : children(child)) {
                    String value = parameter.hasAttribute("value") ? parameter.getAttribute("value")
                            : parameter.getTextContent().trim();
                    parameters.put(required(parameter, "name"), value);
                }
                conditions.add(new ConditionModule(required(child, "class"), parameters,
                        Boolean.parseBoolean(child.getAttribute("invert"))));
            }
        }
        String weight = module.getAttribute("weight");
        return new WebItemModule(key, required(module, "section"), weight.isEmpty() ? 1000 : Integer.parseInt(weight),
                required(label, "key"), tooltip == null ? null : tooltip.getAttribute("key"),
                link.getTextContent().trim(), link.getAttribute("linkId"), conditions);
    }

    /**
     * A {@code <web-panel>} drawn by its {@code class} (a {@code WebPanel}). Confluence also draws panels from a
     * {@code <resource name="view">} template with a {@code <context-provider>}; the workbench does not, and says so.
     */
    private WebPanelModule webPanel(Element module) {
        String key = required(module, "key");
        for (Element child : children(module)) {
            if (!"description".equals(child.getTagName()) && !"label".equals(child.getTagName())) {
                throw fail("<web-panel key=\"" + key + "\">: <" + child.getTagName() + "> is not supported; the"
                        + " workbench draws web-panels from their class attribute only");
            }
        }
        String weight = module.getAttribute("weight");
        return new WebPanelModule(key, required(module, "location"), weight.isEmpty() ? 1000 : Integer.parseInt(weight),
                required(module, "class"));
    }

    private Document parse() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PluginStartupException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private String required(Element element, String attribute) {
        String value = element.getAttribute(attribute).trim();
        if (value.isEmpty()) {
            throw fail("<" + element.getTagName() + describeKey(element) + "> has no " + attribute + " attribute");
        }
        if (value.contains("${")) {
            throw fail("<" + element.getTagName() + describeKey(element) + "> still contains the placeholder "
                    + value + ": the build did not filter the descriptor");
        }
        return value;
    }

    private List<String> texts(Element parent, String childName) {
        List<String> values = new ArrayList<>();
        for (Element child : children(parent)) {
            if (childName.equals(child.getTagName())) {
                String value = child.getTextContent().trim();
                if (value.isEmpty() || value.contains("${")) {
                    throw fail("<" + parent.getTagName() + describeKey(parent) + "> has an empty or unfiltered <"
                            + childName + ">: '" + value + "'");
                }
                values.add(value);
            }
        }
        return values;
    }

    private List<String> nonEmpty(Element module, List<String> values, String what) {
        if (values.isEmpty()) {
            throw fail("<" + module.getTagName() + describeKey(module) + "> needs at least one " + what);
        }
        return values;
    }

    private static Element single(Element parent, String childName) {
        for (Element child : children(parent)) {
            if (childName.equals(child.getTagName())) {
                return child;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static String describeKey(Element element) {
        return element.hasAttribute("key") ? " key=\"" + element.getAttribute("key") + "\"" : "";
    }

    private PluginStartupException fail(String problem) {
        return new PluginStartupException(file + ": " + problem);
    }
}
