package com.atlassian.confluence.pages;

import java.util.List;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.pages.PageManager} (bean {@code pageManager}).
 * Only {@code List<AbstractPage> getAbstractPages(Iterable<Long> ids)} ("Retrieve a collection of the AbstractPage
 * subclass with the given content IDs", javadoc DefaultPageManager 5.7+), which loads many pages in one call.
 */
public interface PageManager {

    List<AbstractPage> getAbstractPages(Iterable<Long> ids);
}
