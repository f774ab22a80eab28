package org.guildhall.packaging;

import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.ASTIdentifier;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.parser.node.SimpleNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses templates with Velocity 1.7 (the engine closest to Confluence's) and lists the references they use, for
 * the checks that read templates. Parsing, not regular expressions, so comments, quoting and interpolated strings
 * such as {@code "guildhall.directory.visibility.$community.visibility()"} are read as Velocity reads them.
 */
public final class VelocityTemplateParser {

    /** One access on a reference: a method call (with its argument nodes) or a property read. */
    public record Member(String name, boolean isMethod, List<Node> arguments) {
    }

    /** A reference such as {@code $community.name()}: its root name, the chain of members, and where it is. */
    public record ReferenceUse(String root, List<Member> members, int line) {

        /** @return the text inside {@code "..."} when the first argument of the first member is a string literal */
        public java.util.Optional<String> firstStringArgument() {
            if (members.isEmpty() || members.get(0).arguments().isEmpty()
                    || !(members.get(0).arguments().get(0) instanceof ASTStringLiteral literal)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(unquote(literal.getFirstToken().image));
        }
    }

    private final RuntimeInstance runtime = new RuntimeInstance();

    public VelocityTemplateParser() {
        runtime.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        try {
            runtime.init();
        } catch (Exception e) {
            throw new IllegalStateException("Velocity did not start", e);
        }
    }

    /** @throws ParseException with the template name, line and column of the first syntax error */
    public SimpleNode parse(String text, String templateName) throws ParseException {
        return runtime.parse(new StringReader(text), templateName);
    }

    /**
     * @return every reference in the template, including those inside method arguments and inside interpolated
     * double-quoted strings (which Velocity parses only when it renders them)
     */
    public List<ReferenceUse> references(String text, String templateName) throws ParseException {
        List<ReferenceUse> uses = new ArrayList<>();
        collect(parse(text, templateName), templateName, 0, uses);
        return uses;
    }

    private void collect(Node node, String templateName, int lineOffset, List<ReferenceUse> uses) throws ParseException {
        if (node instanceof ASTReference reference) {
            uses.add(referenceUse(reference, lineOffset));
        }
        if (node instanceof ASTStringLiteral literal) {
            String image = literal.getFirstToken().image;
            if (image.startsWith("\"") && (image.contains("$") || image.contains("#"))) {
                collect(parse(unquote(image), templateName), templateName, lineOffset + literal.getLine() - 1, uses);
            }
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            collect(node.jjtGetChild(i), templateName, lineOffset, uses);
        }
    }

    private static ReferenceUse referenceUse(ASTReference reference, int lineOffset) {
        String root = reference.getFirstToken().image.replaceAll("^[$!{]+", "").replace("}", "");
        int dot = root.indexOf('.');
        if (dot >= 0) {
            root = root.substring(0, dot);
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < reference.jjtGetNumChildren(); i++) {
            Node child = reference.jjtGetChild(i);
            if (child instanceof ASTMethod method) {
                List<Node> arguments = new ArrayList<>();
                for (int a = 1; a < method.jjtGetNumChildren(); a++) {
                    arguments.add(method.jjtGetChild(a));
                }
                members.add(new Member(method.getFirstToken().image, true, arguments));
            } else if (child instanceof ASTIdentifier identifier) {
                members.add(new Member(identifier.getFirstToken().image, false, List.of()));
            }
        }
        return new ReferenceUse(root, List.copyOf(members), lineOffset + reference.getLine());
    }

    static String unquote(String image) {
        return image.length() >= 2 && (image.startsWith("\"") || image.startsWith("'"))
                ? image.substring(1, image.length() - 1) : image;
    }
}
