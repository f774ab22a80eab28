package com.atlassian.activeobjects.external;

/**
 * Compile-only copy of {@code com.atlassian.activeobjects.external.ModelVersion} from the Active Objects plugin
 * (activeobjects-plugin, as shipped with Confluence 10): a whole-number model version, {@code 0} when none is stored.
 * The members match the published API; the bodies only make the workbench behave alike. Never packaged.
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    /** @return the version written in {@code version}; {@code 0} for null */
    public static ModelVersion valueOf(String version) {
        return new ModelVersion(version == null ? 0 : Integer.parseInt(version.trim()));
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelVersion that && that.version == version;
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return Integer.toString(version);
    }
}
