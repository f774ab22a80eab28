package org.guildhall.workbench.host;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Confluence's Velocity escaping rule: every {@code $reference} written to the output is HTML-encoded, unless the
 * reference's name ends in {@code Html} ({@code $bodyHtml}, {@code $page.titleHtml}, {@code $item.renderHtml()}).
 * Method arguments do not count: {@code $i18n.getText("x", $nameHtml)} is still encoded.
 */
public final class HtmlEscapingInsertion implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || endsInHtml(reference)) {
            return value;
        }
        return HtmlEncoding.encode(value.toString());
    }

    /** @return true when the last name in the reference, ignoring argument lists, ends in {@code Html} */
    static boolean endsInHtml(String reference) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && c != '$' && c != '!' && c != '{' && c != '}') {
                outside.append(c);
            }
        }
        String path = outside.toString().trim();
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.endsWith("Html");
    }
}
