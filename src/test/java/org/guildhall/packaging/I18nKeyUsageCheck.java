package org.guildhall.packaging;

import org.apache.velocity.runtime.parser.ParseException;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every i18n key the app uses is in both bundles. Confluence shows the bare key for a missing one, so
 * without this check a typo ships. Keys are collected from:
 * <ul>
 *   <li>the descriptor: {@code key=} of {@code label}, {@code tooltip}, {@code description}, every
 *       {@code i18n-name-key}, and the macro browser's {@code <plugin key>.<macro>.label/.desc} and
 *       {@code .param.<name>.label/.desc} for each parameter;</li>
 *   <li>templates: the first argument of {@code $i18n.getText(...)}, read by Velocity's parser;</li>
 *   <li>JavaScript: {@code AJS.I18n.getText('...')};</li>
 *   <li>Java: every string literal starting with {@code guildhall.} ({@code I18n#text}, exception keys, field
 *       error maps all pass keys as literals).</li>
 * </ul>
 * A key built at run time ({@code "guildhall.directory.visibility.$community.visibility()"}, or a Java literal ending
 * in a dot) is a prefix. When the name of the member that fills it in matches an app enum
 * ({@code visibility} → {@code org.guildhall.community.Visibility}), a key is required for each constant in lower
 * case; otherwise at least one key with the prefix.
 */
public final class I18nKeyUsageCheck {

    static final Pattern JS_KEY = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([^'\"]+)\\1");
    static final Pattern JAVA_KEY = Pattern.compile("\"(guildhall\\.[A-Za-z0-9._-]*)\"");
    static final Pattern LAST_MEMBER = Pattern.compile("[.${!](\\w+)(?:\\(\\))?\\}?$");

    /** A key the app uses; {@code filledInBy} names what completes a prefix. */
    record KeyUse(String key, boolean isPrefix, Optional<String> filledInBy, String where) {
    }

    /** A key a bundle must have, or (prefix) a start that at least one of its keys must have. */
    record RequiredKey(String text, boolean isPrefix) {

        boolean isIn(Map<String, String> texts) {
            return isPrefix ? texts.keySet().stream().anyMatch(key -> key.startsWith(text)) : texts.containsKey(text);
        }
    }

    private final PluginDescriptor descriptor;
    private final Path resources;
    private final Path javaSources;
    private final List<Class<? extends Enum<?>>> appEnums;

    /** @param appEnums the enums a dynamic key may stand for */
    public I18nKeyUsageCheck(PluginDescriptor descriptor, Path resources, Path javaSources,
                             List<Class<? extends Enum<?>>> appEnums) {
        this.descriptor = descriptor;
        this.resources = resources;
        this.javaSources = javaSources;
        this.appEnums = appEnums;
    }

    /** @return a line per used key that a bundle lacks */
    public List<String> problems(Map<String, Map<String, String>> bundlesByLanguage) throws ParseException {
        List<String> problems = new ArrayList<>();
        for (KeyUse use : uses()) {
            for (Map.Entry<String, Map<String, String>> bundle : bundlesByLanguage.entrySet()) {
                Map<String, String> texts = bundle.getValue();
                for (RequiredKey key : requiredKeys(use)) {
                    if (!key.isIn(texts)) {
                        problems.add(bundle.getKey() + " bundle lacks " + (key.isPrefix() ? "any key starting " : "key ")
                                + key.text() + " (used in " + use.where() + ")");
                    }
                }
            }
        }
        return problems;
    }

    /** @return the keys a use needs: itself, one per constant of the enum that completes it, or its prefix */
    List<RequiredKey> requiredKeys(KeyUse use) {
        if (!use.isPrefix()) {
            return List.of(new RequiredKey(use.key(), false));
        }
        Optional<Class<? extends Enum<?>>> enumType = use.filledInBy().flatMap(this::enumNamed);
        if (enumType.isEmpty()) {
            return List.of(new RequiredKey(use.key(), true));
        }
        List<RequiredKey> keys = new ArrayList<>();
        for (Enum<?> constant : enumType.get().getEnumConstants()) {
            keys.add(new RequiredKey(use.key() + constant.name().toLowerCase(Locale.ROOT), false));
        }
        return keys;
    }

    /** @return the enums among the app's compiled classes, which dynamic keys may stand for */
    @SuppressWarnings("unchecked")
    public static List<Class<? extends Enum<?>>> appEnums(Path classesDirectory, ClassLoader classLoader) {
        List<Class<? extends Enum<?>>> enums = new ArrayList<>();
        for (Path file : TemplateCheck.files(classesDirectory.resolve("org/guildhall"), ".class")) {
            String path = classesDirectory.relativize(file).toString().replace('\\', '/');
            String className = path.substring(0, path.length() - ".class".length()).replace('/', '.');
            try {
                Class<?> type = Class.forName(className, false, classLoader);
                if (type.isEnum()) {
                    enums.add((Class<? extends Enum<?>>) type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("Cannot load " + className, e);
            }
        }
        return enums;
    }

    private Optional<Class<? extends Enum<?>>> enumNamed(String memberName) {
        return appEnums.stream().filter(type -> type.getSimpleName().equalsIgnoreCase(memberName)).findFirst();
    }

    List<KeyUse> uses() throws ParseException {
        List<KeyUse> uses = new ArrayList<>();
        descriptorUses(uses);
        templateUses(uses);
        for (Path script : TemplateCheck.files(resources.resolve("static"), ".js")) {
            Matcher matcher = JS_KEY.matcher(TemplateCheck.read(script));
            while (matcher.find()) {
                uses.add(new KeyUse(matcher.group(2), false, Optional.empty(), resources.relativize(script).toString()));
            }
        }
        for (Path source : TemplateCheck.files(javaSources, ".java")) {
            Matcher matcher = JAVA_KEY.matcher(TemplateCheck.read(source));
            while (matcher.find()) {
                String key = matcher.group(1);
                uses.add(new KeyUse(key, key.endsWith("."), Optional.empty(), javaSources.relativize(source).toString()));
            }
        }
        return uses;
    }

    private void descriptorUses(List<KeyUse> uses) {
        for (String tag : List.of("label", "tooltip", "description")) {
            for (Element element : descriptor.elements(tag)) {
                if (!element.getAttribute("key").isEmpty()) {
                    uses.add(new KeyUse(element.getAttribute("key"), false, Optional.empty(), "atlassian-plugin.xml <" + tag + ">"));
                }
            }
        }
        for (Element element : descriptor.elements("*")) {
            if (!element.getAttribute("i18n-name-key").isEmpty()) {
                uses.add(new KeyUse(element.getAttribute("i18n-name-key"), false, Optional.empty(),
                        "atlassian-plugin.xml <" + element.getTagName() + " i18n-name-key>"));
            }
        }
        for (Element macro : descriptor.elements("xhtml-macro")) {
            String base = ProjectLayout.PLUGIN_KEY + "." + macro.getAttribute("name");
            String where = "macro browser entry of " + macro.getAttribute("name");
            uses.add(new KeyUse(base + ".label", false, Optional.empty(), where));
            uses.add(new KeyUse(base + ".desc", false, Optional.empty(), where));
            for (Element parameters : PluginDescriptor.children(macro, "parameters")) {
                for (Element parameter : PluginDescriptor.children(parameters, "parameter")) {
                    String parameterBase = base + ".param." + parameter.getAttribute("name");
                    uses.add(new KeyUse(parameterBase + ".label", false, Optional.empty(), where));
                    uses.add(new KeyUse(parameterBase + ".desc", false, Optional.empty(), where));
                }
            }
        }
    }

    private void templateUses(List<KeyUse> uses) throws ParseException {
        VelocityTemplateParser parser = new VelocityTemplateParser();
        for (Path template : TemplateCheck.templates(resources)) {
            String name = resources.relativize(template).toString().replace('\\', '/');
            for (VelocityTemplateParser.ReferenceUse use : parser.references(TemplateCheck.read(template), name)) {
                if (!use.root().equals("i18n") || use.members().isEmpty() || !use.members().get(0).name().equals("getText")) {
                    continue;
                }
                Optional<String> argument = use.firstStringArgument();
                if (argument.isEmpty()) {
                    continue;
                }
                String key = argument.get();
                int dollar = key.indexOf('$');
                String where = name + ":" + use.line();
                if (dollar < 0) {
                    uses.add(new KeyUse(key, false, Optional.empty(), where));
                } else {
                    Matcher member = LAST_MEMBER.matcher(key.substring(dollar));
                    uses.add(new KeyUse(key.substring(0, dollar), true,
                            member.find() ? Optional.of(member.group(1)) : Optional.empty(), where));
                }
            }
        }
    }
}
