package com.atlassian.confluence.pages;

/** Compile-only copy of Confluence's {@code com.atlassian.confluence.pages.Page}. */
public class Page extends AbstractPage {
}
