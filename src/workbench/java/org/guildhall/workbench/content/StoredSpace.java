package org.guildhall.workbench.content;

import java.util.Optional;

/** A space in the workbench's {@code WB_SPACE} table; {@code homePageId} is empty until its home page exists. */
public record StoredSpace(String key, String name, Optional<Long> homePageId) {
}
