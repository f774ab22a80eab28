package org.guildhall.activity.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.ActivityStream;
import org.guildhall.activity.ActivityStream.StreamRequest;
import org.guildhall.community.web.MacroTarget;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.I18n;
import org.guildhall.platform.People;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code guildhall-activity}: the activity stream of the communities the reader can see, newest first, with a filter
 * bar (kind, topic, following only) and "Show more". Parameters fix the stream: {@code communities} (space keys),
 * {@code people} (usernames or user keys), {@code topics}, {@code kinds}, {@code following-only}, {@code size}. In
 * e-mail and exports it renders the first page as plain markup with absolute links.
 */
public class ActivityMacro implements Macro {

    private final FeatureGate featureGate;

    private final ActivityPanel panel;
    private final People people;
    private final I18n i18n;

    public ActivityMacro(FeatureGate featureGate, ActivityPanel panel, People people, I18n i18n) {
        this.featureGate = featureGate;
        this.panel = panel;
        this.people = people;
        this.i18n = i18n;
    }

    /** Confluence calls it to render the macro, for any reader (anonymous included). */
    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Optional<String> turnedOff = featureGate.macroNote(Feature.ACTIVITY);
        if (turnedOff.isPresent()) {
            return turnedOff.get();
        }
        int size = parseSize(parameters.get("size"));
        List<String> kinds = list(parameters.get("kinds"));
        for (String kind : kinds) {
            if (ActivityKind.parse(kind).isEmpty()) {
                throw new MacroExecutionException(i18n.text("guildhall.error.activity.macro.kind", kind));
            }
        }
        StreamRequest request = new StreamRequest(list(parameters.get("communities")),
                userKeys(list(parameters.get("people"))), list(parameters.get("topics")), kinds,
                Boolean.parseBoolean(parameters.get("following-only")), null, size);
        try {
            return panel.render(request, MacroTarget.isInteractive(context), true, "guildhall.activity.heading");
        } catch (GuildhallException e) {
            throw new MacroExecutionException(e.fieldErrorKeys().values().stream().map(key -> i18n.text(key))
                    .collect(Collectors.joining(" ")), e);
        }
    }

    /** People by user key, or by username when no user has that key. */
    private List<String> userKeys(List<String> names) {
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            Optional<String> key = people.find(name).map(People.Person::userKey)
                    .or(() -> people.search(name, 0, 5).stream().flatMap(Optional::stream)
                            .filter(person -> person.username().equalsIgnoreCase(name))
                            .map(People.Person::userKey).findFirst());
            // An unknown person stays in the filter as given, so that the stream shows nothing rather than everyone.
            keys.add(key.orElse(name));
        }
        return keys;
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim)
                .filter(item -> !item.isEmpty()).toList();
    }

    private int parseSize(String value) throws MacroExecutionException {
        if (value == null || value.isBlank()) {
            return ActivityStream.DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(value.trim());
            if (size >= 1 && size <= ActivityStream.MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new MacroExecutionException(i18n.text("guildhall.error.activity.macro.size", value));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
