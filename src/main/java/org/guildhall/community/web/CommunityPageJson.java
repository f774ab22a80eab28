package org.guildhall.community.web;

import java.util.List;

/**
 * A page of communities: {@code nextCursor} is null on the last page.
 */
public record CommunityPageJson(List<CommunityJson> results, int limit, String nextCursor) {
}
