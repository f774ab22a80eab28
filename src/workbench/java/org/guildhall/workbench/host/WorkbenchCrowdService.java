package org.guildhall.workbench.host;

import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.Query;
import com.atlassian.crowd.embedded.api.SearchRestriction;
import com.atlassian.crowd.search.query.entity.UserQuery;
import com.atlassian.crowd.search.query.entity.restriction.BooleanRestriction;
import com.atlassian.crowd.search.query.entity.restriction.PropertyRestriction;
import org.guildhall.workbench.people.UserDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Workbench stand-in for embedded Crowd's {@code CrowdService} (bean {@code crowdService}): user searches over the
 * {@link UserDirectory}, returning usernames in username order, case-insensitive like Crowd. It understands what
 * Crowd's query builders make of name searches: term restrictions on the username and display name (exact, prefix,
 * contains) combined with AND or OR. Anything else is refused loudly, so an app that relies on more fails here first.
 */
public final class WorkbenchCrowdService implements CrowdService {

    private static final Map<String, String> COLUMNS = Map.of("name", "USERNAME", "displayName", "FULL_NAME");

    private final UserDirectory users;

    public WorkbenchCrowdService(UserDirectory users) {
        this.users = users;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Iterable<T> search(Query<T> query) {
        if (!(query instanceof UserQuery) || query.getReturnType() != String.class) {
            throw new UnsupportedOperationException("The workbench searches users for their names only, not " + query);
        }
        List<Object> arguments = new ArrayList<>();
        String condition = condition(query.getSearchRestriction(), arguments);
        return (Iterable<T>) users.usernamesWhere(condition, arguments, query.getStartIndex(), query.getMaxResults());
    }

    private static String condition(SearchRestriction restriction, List<Object> arguments) {
        if (restriction instanceof BooleanRestriction combined) {
            List<String> parts = new ArrayList<>();
            for (SearchRestriction part : combined.getRestrictions()) {
                parts.add(condition(part, arguments));
            }
            return parts.isEmpty() ? "1 = 1"
                    : "(" + String.join(" " + combined.getBooleanLogic().name() + " ", parts) + ")";
        }
        if (restriction instanceof PropertyRestriction<?> term
                && COLUMNS.containsKey(term.getProperty().getPropertyName())
                && term.getValue() instanceof String value) {
            String escaped = value.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            arguments.add(switch (term.getMatchMode()) {
                case EXACTLY_MATCHES -> escaped;
                case STARTS_WITH -> escaped + "%";
                case CONTAINS -> "%" + escaped + "%";
            });
            return "LOWER(" + COLUMNS.get(term.getProperty().getPropertyName()) + ") LIKE ? ESCAPE '!'";
        }
        throw new UnsupportedOperationException("The workbench cannot search users by " + restriction);
    }
}
