package org.guildhall.activity.web;

import org.guildhall.activity.ActivityGroup;
import org.guildhall.activity.ActivityStream;
import org.guildhall.activity.ActivityStream.StreamPage;
import org.guildhall.activity.ActivityStream.StreamRequest;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.springframework.stereotype.Component;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

/**
 * The activity stream as an Atom 1.0 feed (RFC 4287) for feed readers: the newest page of the same stream
 * {@code GET /activity} returns for the same filters and reader, so it shows only what the reader may see. Logged-in
 * readers only (feed readers log in with HTTP Basic). Written with an XML writer, so every title, name and excerpt is
 * escaped.
 */
@Component
public class ActivityFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private final ActivityStream stream;
    private final ActivityViews views;
    private final CurrentUser currentUser;
    private final I18n i18n;
    private final Links links;

    public ActivityFeed(ActivityStream stream, ActivityViews views, CurrentUser currentUser, I18n i18n, Links links) {
        this.stream = stream;
        this.views = views;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.links = links;
    }

    /**
     * @param selfUrl the feed's own absolute address (its id and {@code rel="self"} link)
     * @return the feed document
     * @throws AccessDenied for anonymous readers
     * @throws org.guildhall.platform.GuildhallException.InvalidInput for bad filters, as {@code GET /activity}
     */
    public String atom(StreamRequest request, String selfUrl) {
        if (currentUser.userKey().isEmpty()) {
            throw new AccessDenied("guildhall.error.login-required");
        }
        StreamPage page = stream.read(request);
        String baseUrl = links.baseUrl(true);
        List<ActivityItemView> items = views.of(page, baseUrl);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", selfUrl);
            element(xml, "title", i18n.text("guildhall.activity.feed.title"));
            Instant updated = page.groups().isEmpty() ? Instant.EPOCH : page.groups().get(0).occurredAt();
            element(xml, "updated", updated.toString());
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", baseUrl, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", i18n.text("guildhall.activity.feed.author"));
            xml.writeEndElement();
            for (int i = 0; i < items.size(); i++) {
                ActivityGroup group = page.groups().get(i);
                ActivityItemView item = items.get(i);
                xml.writeStartElement("entry");
                element(xml, "id", "urn:guildhall:activity:" + group.newest().id());
                element(xml, "title", item.summary() + " " + item.title());
                element(xml, "updated", group.occurredAt().toString());
                link(xml, "alternate", item.url(), "text/html");
                for (String actor : item.actors()) {
                    xml.writeStartElement("author");
                    element(xml, "name", actor);
                    xml.writeEndElement();
                }
                if (!item.communityName().isEmpty()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", item.communityName());
                }
                String summary = item.excerpt().isEmpty() ? item.summary() + " " + item.title() : item.excerpt();
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(summary);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the activity feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
