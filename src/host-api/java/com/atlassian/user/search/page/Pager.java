package com.atlassian.user.search.page;

import java.util.Iterator;

/**
 * Compile-only copy of atlassian-user's {@code com.atlassian.user.search.page.Pager} as Confluence 7.17–10 hands it out
 * from {@code GroupMembershipAccessor.getMemberNames(Group)} (javadoc ConfluenceServer 8.8 / 9.3
 * {@code com/atlassian/confluence/user/GroupMembershipAccessor.html}): a lazily loaded result that is iterated. Only
 * the member Guildhall calls: {@code iterator()}, the iterator over the whole result, which loads the result a page
 * at a time, so a caller that stops early reads no more than it needs. No checked exceptions.
 */
public interface Pager<T> extends Iterable<T> {

    @Override
    Iterator<T> iterator();
}
