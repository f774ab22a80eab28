package org.guildhall.qa.importer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams the {@code <row .../>} elements of a dump file with StAX, one attribute map at a time, so a file of any
 * size needs the memory of one row. The files start with a UTF-8 byte-order mark, which is skipped. DTDs and external
 * entities are refused: an uploaded file must not make the server fetch or expand anything.
 */
public final class DumpRows {

    private static final XMLInputFactory FACTORY = factory();

    private DumpRows() {
    }

    /** A dump file that is not the XML it should be. */
    public static final class MalformedDump extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MalformedDump(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Calls {@code row} with the attributes of every {@code row} element, in file order.
     *
     * @return the number of rows
     * @throws MalformedDump naming the file and line when the XML is broken
     */
    public static long forEach(String fileName, InputStream in, Consumer<Map<String, String>> row) throws IOException {
        long rows = 0;
        XMLStreamReader reader = null;
        try (InputStream input = withoutByteOrderMark(in)) {
            reader = FACTORY.createXMLStreamReader(input, "UTF-8");
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "row".equals(reader.getLocalName())) {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    row.accept(attributes);
                    rows++;
                }
            }
            return rows;
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            throw new MalformedDump(fileName + " is not well-formed XML" + where, e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // the stream is closed with the input
                }
            }
        }
    }

    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(3);
        byte[] head = buffered.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
