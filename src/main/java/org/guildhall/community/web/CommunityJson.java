package org.guildhall.community.web;

import org.guildhall.community.Community;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A community in REST responses.
 *
 * @param url    the community's home (its space), relative to the site
 * @param topics the topics it covers, normalised
 */
public record CommunityJson(String spaceKey, String name, String description, String visibility, int memberCount,
                            String url, List<String> topics) {

    static CommunityJson of(Community community, String baseUrl) {
        return new CommunityJson(community.spaceKey(), community.name(), community.description(),
                community.visibility().id(), community.memberCount(), spaceUrl(baseUrl, community.spaceKey()),
                community.topics());
    }

    static String spaceUrl(String baseUrl, String spaceKey) {
        return baseUrl + "/display/" + URLEncoder.encode(spaceKey, StandardCharsets.UTF_8);
    }
}
