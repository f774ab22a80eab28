package org.guildhall.community;

import java.util.List;
import java.util.Optional;

/**
 * One page of the community directory, already filtered for its reader.
 *
 * @param nextCursor the cursor of the next page, empty on the last page
 */
public record DirectoryPage(List<Community> communities, Optional<String> nextCursor) {
}
