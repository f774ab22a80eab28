package org.guildhall.community.web;

import org.guildhall.community.MemberStanding;

import java.util.HashMap;
import java.util.Map;

/**
 * The model of the join button's template ({@code templates/community/join.vm}), shared by the join macro and the
 * community overview, which shows the same button.
 */
final class JoinButtonModel {

    static final String TEMPLATE = "templates/community/join.vm";

    private JoinButtonModel() {
    }

    /** @param interactive false for e-mail and exports: the state as text, no buttons */
    static Map<String, Object> of(MemberStanding standing, boolean interactive) {
        Map<String, Object> model = new HashMap<>();
        model.put("spaceKey", standing.community().spaceKey());
        model.put("communityName", standing.community().name());
        model.put("state", standing.userKey().isEmpty() ? "anonymous" : standing.state().id());
        model.put("canJoin", standing.canJoin());
        model.put("canRequest", standing.canRequest());
        model.put("canLeave", standing.canLeave());
        model.put("interactive", interactive);
        model.put("readOnly", !standing.writable());
        return model;
    }
}
