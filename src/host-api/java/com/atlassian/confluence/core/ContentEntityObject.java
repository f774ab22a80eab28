package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;

import com.atlassian.confluence.labels.Label;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.core.ContentEntityObject}, the base class of
 * pages, blog posts and comments. Only the members Guildhall calls ({@code getId}, {@code getIdAsString},
 * {@code getTitle}, {@code getCreator}, {@code getLastModifier}, {@code getLastModificationDate},
 * {@code getBodyAsString}, {@code getUrlPath}, {@code getLabels} from {@code EditableLabelable}); setters so that a host stand-in can fill instances.
 */
public abstract class ContentEntityObject {

    private long id;
    private String title;
    private ConfluenceUser creator;
    private ConfluenceUser lastModifier;
    private Date lastModificationDate;
    private String bodyAsString;
    private List<Label> labels = new ArrayList<>();

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getIdAsString() {
        return String.valueOf(id);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }

    public void setCreator(ConfluenceUser creator) {
        this.creator = creator;
    }

    public ConfluenceUser getLastModifier() {
        return lastModifier;
    }

    public void setLastModifier(ConfluenceUser lastModifier) {
        this.lastModifier = lastModifier;
    }

    public Date getLastModificationDate() {
        return lastModificationDate;
    }

    public void setLastModificationDate(Date lastModificationDate) {
        this.lastModificationDate = lastModificationDate;
    }

    /** The body in storage format. */
    public String getBodyAsString() {
        return bodyAsString;
    }

    public void setBodyAsString(String bodyAsString) {
        this.bodyAsString = bodyAsString;
    }

    /** The content's path below Confluence's base URL, e.g. {@code /pages/viewpage.action?pageId=123}. */
    public String getUrlPath() {
        return "/pages/viewpage.action?pageId=" + id;
    }

    /** The content's labels ({@code EditableLabelable.getLabels()}). */
    public List<Label> getLabels() {
        return labels;
    }

    public void setLabels(List<Label> labels) {
        this.labels = new ArrayList<>(labels);
    }
}
