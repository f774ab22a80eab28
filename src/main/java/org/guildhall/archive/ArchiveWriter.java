package org.guildhall.archive;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an archive to a stream as it reads the community, so that no more than a page is held at a time. */
@FunctionalInterface
public interface ArchiveWriter {

    void writeTo(OutputStream out) throws IOException;
}
