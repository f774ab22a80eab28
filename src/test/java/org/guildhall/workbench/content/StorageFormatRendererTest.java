package org.guildhall.workbench.content;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.guildhall.workbench.plugin.MacroRegistry;
import org.junit.Test;

import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** Rendering storage format: macros replaced by their output, problems shown as AUI error messages. */
public class StorageFormatRendererTest {

    private static final ConversionContext DISPLAY = new WorkbenchConversionContext("display", "DEMO");

    @Test
    public void macro_isCalledWithItsParametersAndContext() {
        StorageFormatRenderer renderer = new StorageFormatRenderer(MacroRegistry.of(Map.of("echo", new EchoMacro())));

        String html = renderer.render("<p>before</p><ac:structured-macro ac:name=\"echo\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"word\">fish &amp; chips</ac:parameter></ac:structured-macro><p>after</p>", DISPLAY);

        assertThat(html, is("<p>before</p><span>fish & chips in DEMO for display</span><p>after</p>"));
    }

    @Test
    public void unknownMacro_becomesAnErrorMessageNamingIt() {
        String html = new StorageFormatRenderer(MacroRegistry.of(Map.of())).render(
                "<ac:structured-macro ac:name=\"&lt;nope&gt;\"/>", DISPLAY);

        assertThat(html, containsString("aui-message-error"));
        assertThat(html, containsString("Unknown macro: &#39;&lt;nope&gt;&#39;"));
    }

    @Test
    public void macroExecutionException_becomesAnErrorMessageWithItsMessage() {
        StorageFormatRenderer renderer = new StorageFormatRenderer(MacroRegistry.of(Map.of("echo", new EchoMacro())));

        String html = renderer.render("<ac:structured-macro ac:name=\"echo\"/>", DISPLAY);

        assertThat(html, containsString("Error rendering macro &#39;echo&#39;: word is required"));
    }

    /** Echoes its parameter, or fails without one. */
    private static final class EchoMacro implements Macro {

        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context)
                throws MacroExecutionException {
            if (!parameters.containsKey("word")) {
                throw new MacroExecutionException("word is required");
            }
            return "<span>" + parameters.get("word") + " in " + context.getSpaceKey() + " for " + context.getOutputType() + "</span>";
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.NONE;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.INLINE;
        }
    }
}
