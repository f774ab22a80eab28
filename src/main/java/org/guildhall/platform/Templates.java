package org.guildhall.platform;

import java.util.Map;

/**
 * Renders the app's Velocity templates (under {@code templates/}) with Confluence's HTML escaping: every
 * reference is HTML-encoded unless its name ends in {@code Html}.
 */
public interface Templates {

    /**
     * Renders a template; the context gets {@code i18n} (the current user's translations) added.
     *
     * @throws TemplateException when the template is missing or fails to render
     */
    String render(String templateName, Map<String, Object> context);

    /** A template could not be rendered. */
    final class TemplateException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public TemplateException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
