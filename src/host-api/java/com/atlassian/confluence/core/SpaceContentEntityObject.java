package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.core.SpaceContentEntityObject}: content that
 * lives in a space (pages and blog posts). Only {@code getSpace()}/{@code setSpace(Space)}.
 */
public abstract class SpaceContentEntityObject extends ContentEntityObject {

    private Space space;

    public Space getSpace() {
        return space;
    }

    public void setSpace(Space space) {
        this.space = space;
    }
}
