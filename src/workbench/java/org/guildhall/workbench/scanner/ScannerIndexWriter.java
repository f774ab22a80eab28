package org.guildhall.workbench.scanner;

import java.nio.file.Path;

/**
 * Build step (process-test-classes): writes the Spring Scanner index of the compiled app into its classes
 * directory, so the packaged jar carries an index that always matches the annotations.
 */
public final class ScannerIndexWriter {

    private ScannerIndexWriter() {
    }

    public static void main(String[] arguments) {
        Path classes = Path.of(arguments[0]);
        ScannerIndex index = ScannerIndex.scan(classes, Thread.currentThread().getContextClassLoader());
        index.write(classes);
        System.out.printf("[guildhall] Spring Scanner index: %d components, %d host imports%n",
                index.components().size(), index.imports().size());
    }
}
