package com.atlassian.confluence.pages;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.pages.BlogPost}. Its view path differs from a
 * page's only in Confluence's pretty URLs; {@code viewpage.action?pageId=} serves both.
 */
public class BlogPost extends AbstractPage {
}
