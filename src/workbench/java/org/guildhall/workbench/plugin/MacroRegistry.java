package org.guildhall.workbench.plugin;

import com.atlassian.confluence.macro.Macro;

import java.util.Map;
import java.util.Optional;

/** The app's {@code <xhtml-macro>}s by name, created through the app's Spring container. */
public final class MacroRegistry {

    private final Map<String, Macro> macros;

    private MacroRegistry(Map<String, Macro> macros) {
        this.macros = Map.copyOf(macros);
    }

    /** @param macros macro instances by {@code <xhtml-macro name>} */
    public static MacroRegistry of(Map<String, Macro> macros) {
        return new MacroRegistry(macros);
    }

    public Optional<Macro> find(String name) {
        return Optional.ofNullable(macros.get(name));
    }
}
