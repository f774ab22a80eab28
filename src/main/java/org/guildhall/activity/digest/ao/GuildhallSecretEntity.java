package org.guildhall.activity.digest.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A random secret the app made for itself (table {@code AO_A368F0_APP_SECRET}), e.g. the key that signs
 * unsubscribe links. In the database, so every node of a cluster signs and checks alike; never in code.
 * {@code NAME} is unique, so two nodes creating it at once keep one.
 */
@Table("AppSecret")
public interface GuildhallSecretEntity extends Entity {

    String NAME = "NAME";
    String SECRET = "SECRET";

    @NotNull
    @Unique
    @StringLength(64)
    String getName();

    void setName(String name);

    /** Base64 of random bytes. */
    @NotNull
    @StringLength(255)
    String getSecret();

    void setSecret(String secret);
}
