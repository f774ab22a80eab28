package org.guildhall.community.web;

import org.guildhall.community.Community;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A community in REST responses.
 *
 * @param url the community's home (its space), relative to the site
 */
public record CommunityJson(String spaceKey, String name, String description, String visibility, int memberCount,
                            String url) {

    static CommunityJson of(Community community, String baseUrl) {
        return new CommunityJson(community.spaceKey(), community.name(), community.description(),
                community.visibility().id(), community.memberCount(), spaceUrl(baseUrl, community.spaceKey()));
    }

    static String spaceUrl(String baseUrl, String spaceKey) {
        return baseUrl + "/display/" + URLEncoder.encode(spaceKey, StandardCharsets.UTF_8);
    }
}
