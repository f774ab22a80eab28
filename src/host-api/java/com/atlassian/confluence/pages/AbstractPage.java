package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/** Compile-only copy of Confluence's {@code com.atlassian.confluence.pages.AbstractPage}: a page or blog post. */
public abstract class AbstractPage extends SpaceContentEntityObject {
}
