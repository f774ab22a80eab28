package org.guildhall.community;

import java.util.List;
import java.util.Optional;

/**
 * One page of a community's members or requests.
 *
 * @param nextCursor the cursor of the next page, empty on the last page
 */
public record MemberPage(List<Member> members, Optional<String> nextCursor) {
}
