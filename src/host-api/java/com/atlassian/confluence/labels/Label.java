package com.atlassian.confluence.labels;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.labels.Label}: a label on content. Only
 * {@code Label(String name)} and {@code String getName()} (javadoc ConfluenceServer 8.x, 9.x: {@code Label} extends
 * {@code ConfluenceEntityObject}; {@code getName()} is the label's name without its namespace prefix).
 */
public class Label {

    private final String name;

    public Label(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
