package org.guildhall.community.web;

import java.util.List;

/**
 * The body of {@code PUT /communities/{spaceKey}}.
 *
 * @param topics     the community's topics from now on; null (left out) keeps them as they are
 * @param visibility   {@code open}, {@code request} or {@code private}; null (left out) keeps the current one
 * @param confirmPlan  with {@code private}: the {@code token} of the privacy plan the space admin confirmed
 * @param memberAccess with {@code private}: {@code view}, {@code comment} (default) or {@code contribute}, as in the
 *                     confirmed plan
 */
public record CommunitySettingsJson(String name, String description, List<String> topics, String visibility,
                                    String confirmPlan, String memberAccess) {
}
