package org.guildhall.packaging;

import org.apache.velocity.runtime.parser.ParseException;
import org.w3c.dom.Element;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks Confluence's Velocity allow-list (since Confluence 9 a template may call only allow-listed methods of
 * plugin classes; any other call renders as the literal reference text):
 * <ol>
 *   <li>each {@code <velocity-allowlist><method>} entry names a public method that exists (record accessors
 *       count), so the list does not rot when a record component is renamed;</li>
 *   <li>each call a template makes on an {@code org.guildhall} object is on the list for that object's class. The
 *       class comes from {@link TemplateModels} (reference name → model type) and, along a chain such as
 *       {@code $a.b().c()}, from each method's return type. Property syntax ({@code $community.name}) on an app
 *       object is reported too: Velocity would look for a {@code getName()} that records do not have. Calls on JDK
 *       types (such as {@code $communities.isEmpty()}) are not allow-listed but must exist.</li>
 * </ol>
 */
public final class VelocityAllowlistCheck {

    static final String APP_PACKAGE = "org.guildhall.";

    private final ClassLoader classLoader;
    private final Map<String, Map<String, Class<?>>> models;
    private final Set<String> hostReferences;

    public VelocityAllowlistCheck(ClassLoader classLoader, Map<String, Map<String, Class<?>>> models, Set<String> hostReferences) {
        this.classLoader = classLoader;
        this.models = models;
        this.hostReferences = hostReferences;
    }

    /** @return the entries of every {@code <velocity-allowlist>}, as written ({@code class#method(params)}) */
    public static Set<String> allowlist(PluginDescriptor descriptor) {
        Set<String> entries = new TreeSet<>();
        for (Element list : descriptor.elements("velocity-allowlist")) {
            PluginDescriptor.children(list, "method").forEach(method -> entries.add(method.getTextContent().trim()));
        }
        return entries;
    }

    /** @return a line per allow-list entry that names no public method */
    public List<String> entryProblems(Set<String> allowlist) {
        List<String> problems = new ArrayList<>();
        for (String entry : allowlist) {
            int hash = entry.indexOf('#');
            int open = entry.indexOf('(');
            if (hash < 0 || open < hash || !entry.endsWith(")")) {
                problems.add("allow-list entry " + entry + " is not class#method(parameter types)");
                continue;
            }
            String methodName = entry.substring(hash + 1, open);
            String parameters = entry.substring(open + 1, entry.length() - 1).trim();
            try {
                Class<?> type = Class.forName(entry.substring(0, hash), false, classLoader);
                List<Class<?>> parameterTypes = new ArrayList<>();
                for (String parameter : parameters.isEmpty() ? new String[0] : parameters.split(",")) {
                    parameterTypes.add(typeNamed(parameter.trim()));
                }
                Method method = type.getMethod(methodName, parameterTypes.toArray(Class<?>[]::new));
                if (!Modifier.isPublic(type.getModifiers())) {
                    problems.add("allow-list entry " + entry + ": class is not public");
                } else if (Modifier.isStatic(method.getModifiers())) {
                    problems.add("allow-list entry " + entry + ": method is static, templates call it on an object");
                }
            } catch (ClassNotFoundException e) {
                problems.add("allow-list entry " + entry + ": no such class " + e.getMessage());
            } catch (NoSuchMethodException e) {
                problems.add("allow-list entry " + entry + ": no such public method");
            }
        }
        return problems;
    }

    /** @return a line per call on an app object in the template that the allow-list does not permit */
    public List<String> templateProblems(String templateName, String templateText, Set<String> allowlist)
            throws ParseException {
        Map<String, Class<?>> model = models.get(templateName);
        if (model == null) {
            return List.of(templateName + " has no entry in TemplateModels: list what its references hold");
        }
        List<String> problems = new ArrayList<>();
        for (VelocityTemplateParser.ReferenceUse use : new VelocityTemplateParser().references(templateText, templateName)) {
            if (hostReferences.contains(use.root())) {
                continue;
            }
            String where = templateName + ":" + use.line() + " $" + use.root();
            Class<?> type = model.get(use.root());
            if (type == null) {
                problems.add(where + " is not in TemplateModels for this template: add the type it holds");
                continue;
            }
            for (VelocityTemplateParser.Member member : use.members()) {
                Optional<Method> method = member.isMethod()
                        ? publicMethod(type, member.name(), member.arguments().size()) : Optional.empty();
                if (isAppClass(type)) {
                    if (!member.isMethod()) {
                        problems.add(where + "." + member.name() + ": property syntax on " + type.getName()
                                + "; call the accessor method, the allow-list lists methods");
                        break;
                    }
                    if (method.isEmpty()) {
                        problems.add(where + "." + member.name() + "(): " + type.getName() + " has no such public method");
                        break;
                    }
                    String entry = type.getName() + "#" + member.name() + "(" + parameterList(method.get()) + ")";
                    if (!allowlist.contains(entry)) {
                        problems.add(where + "." + member.name() + "(): " + entry + " is not in <velocity-allowlist>");
                    }
                } else if (member.isMethod() && method.isEmpty()) {
                    problems.add(where + "." + member.name() + "(): " + type.getName() + " has no such public method");
                    break;
                }
                if (method.isEmpty()) {
                    break;
                }
                type = method.get().getReturnType();
            }
        }
        return problems;
    }

    private static boolean isAppClass(Class<?> type) {
        return type.getName().startsWith(APP_PACKAGE);
    }

    private static Optional<Method> publicMethod(Class<?> type, String name, int argumentCount) {
        return Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(name) && method.getParameterCount() == argumentCount)
                .findFirst();
    }

    private static String parameterList(Method method) {
        return String.join(",", Arrays.stream(method.getParameterTypes()).map(Class::getName).toList());
    }

    private Class<?> typeNamed(String name) throws ClassNotFoundException {
        return switch (name) {
            case "int" -> int.class;
            case "long" -> long.class;
            case "boolean" -> boolean.class;
            case "double" -> double.class;
            default -> Class.forName(name, false, classLoader);
        };
    }
}
