package org.guildhall.workbench.host;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import org.guildhall.workbench.content.SpaceStore;

/** Workbench stand-in for Confluence's {@code SpaceManager}: spaces from {@code WB_SPACE}; null for unknown keys. */
public final class WorkbenchSpaceManager implements SpaceManager {

    private final SpaceStore spaces;

    public WorkbenchSpaceManager(SpaceStore spaces) {
        this.spaces = spaces;
    }

    @Override
    public Space getSpace(String spaceKey) {
        if (spaceKey == null) {
            return null;
        }
        return spaces.find(spaceKey).map(stored -> {
            Space space = new Space(stored.key());
            space.setName(stored.name());
            return space;
        }).orElse(null);
    }
}
