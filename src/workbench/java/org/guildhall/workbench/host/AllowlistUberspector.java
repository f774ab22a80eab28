package org.guildhall.workbench.host;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.guildhall.workbench.plugin.VelocityAllowlist;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Enforces the plugin's {@code <velocity-allowlist>} the way Confluence 9+ does: a template that calls a method of a
 * plugin class which is not listed fails to render, naming the template, line and the entry it would need. The
 * allowlist comes from the engine's application attribute {@link #ALLOWLIST_ATTRIBUTE}.
 */
public final class AllowlistUberspector extends UberspectImpl implements RuntimeServicesAware {

    public static final String ALLOWLIST_ATTRIBUTE = VelocityAllowlist.class.getName();

    private VelocityAllowlist allowlist;

    @Override
    public void setRuntimeServices(RuntimeServices runtimeServices) {
        this.allowlist = (VelocityAllowlist) runtimeServices.getApplicationAttribute(ALLOWLIST_ATTRIBUTE);
    }

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] arguments, Info info) throws Exception {
        VelMethod velMethod = super.getMethod(target, methodName, arguments, info);
        if (velMethod != null && target != null) {
            check(target.getClass(), introspector.getMethod(target.getClass(), methodName, arguments), info);
        }
        return velMethod;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(target, identifier, info);
        if (getter != null && target != null) {
            for (Method method : target.getClass().getMethods()) {
                if (method.getName().equals(getter.getMethodName()) && method.getParameterCount() <= 1
                        && !Modifier.isStatic(method.getModifiers())) {
                    check(target.getClass(), method, info);
                    break;
                }
            }
        }
        return getter;
    }

    private void check(Class<?> type, Method method, Info info) {
        if (allowlist != null && method != null && !allowlist.permits(type, method)) {
            throw new VelocityAllowlistViolation(String.format(
                    "%s line %d calls %s, which no <velocity-allowlist> in atlassian-plugin.xml permits "
                            + "(Confluence 9+ refuses it too): add <method>%s</method>",
                    info.getTemplateName(), info.getLine(), VelocityAllowlist.signature(type, method),
                    VelocityAllowlist.signature(type, method)));
        }
    }

    /** A template called a plugin method that is not allow-listed. */
    public static final class VelocityAllowlistViolation extends RuntimeException {

        private static final long serialVersionUID = 1L;

        VelocityAllowlistViolation(String message) {
            super(message);
        }
    }
}
