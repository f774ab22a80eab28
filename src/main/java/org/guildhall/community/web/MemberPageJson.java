package org.guildhall.community.web;

import java.util.List;

/** A page of members or requests: {@code nextCursor} is null on the last page. */
public record MemberPageJson(List<MemberJson> results, int limit, String nextCursor) {
}
