package org.guildhall.qa.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An author of imported content who is not a Confluence user, kept so the content stays attributed (Stack Exchange
 * content is CC BY-SA). Table {@code AO_<hash>_EXTERNAL_PERSON}.
 */
@Table("ExternalPerson")
@Preload
public interface ExternalPersonEntity extends Entity {

    String ID = "ID";
    String SOURCE_KEY = "SOURCE_KEY";
    String DISPLAY_NAME = "DISPLAY_NAME";
    String PROFILE_URL = "PROFILE_URL";
    String SITE = "SITE";

    /** e.g. {@code stackexchange:coffee.stackexchange.com:user:17}; unique, so re-imports reuse the person. */
    @NotNull
    @Unique
    @StringLength(255)
    String getSourceKey();

    void setSourceKey(String sourceKey);

    @NotNull
    @StringLength(255)
    String getDisplayName();

    void setDisplayName(String displayName);

    @StringLength(450)
    String getProfileUrl();

    void setProfileUrl(String profileUrl);

    /** The site the person wrote on, e.g. {@code coffee.stackexchange.com}. */
    @NotNull
    @StringLength(255)
    String getSite();

    void setSite(String site);
}
