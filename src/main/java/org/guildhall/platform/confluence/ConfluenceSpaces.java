package org.guildhall.platform.confluence;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.guildhall.platform.Spaces;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link Spaces} backed by Confluence's space manager. */
@Component
public class ConfluenceSpaces implements Spaces {

    private final SpaceManager spaceManager;

    public ConfluenceSpaces(@ComponentImport SpaceManager spaceManager) {
        this.spaceManager = spaceManager;
    }

    @Override
    public Optional<SpaceSummary> find(String spaceKey) {
        Space space = spaceKey == null ? null : spaceManager.getSpace(spaceKey);
        return space == null ? Optional.empty() : Optional.of(new SpaceSummary(space.getKey(), space.getName()));
    }
}
