package org.articlesummarizer;

/** The product version, read from the jar manifest when there is one. */
public final class Version {

    private static final String FALLBACK = "0.1.0";

    private Version() {
    }

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : FALLBACK;
    }
}
