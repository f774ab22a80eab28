package org.guildhall.expertise;

import java.util.Arrays;
import java.util.Optional;

/** What a piece of evidence is. */
public enum EvidenceKind {
    /** An answer of theirs that the asker (or a moderator) accepted; dated at the acceptance. */
    ACCEPTED("accepted"),
    /** An answer they gave; its points grow with its score. */
    ANSWER("answer"),
    /** A question they asked. */
    QUESTION("question"),
    /** A Confluence page or blog post they wrote in a community space labelled with the topic. */
    PAGE("page");

    private final String id;

    EvidenceKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<EvidenceKind> parse(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
