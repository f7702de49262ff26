package org.articlesummarizer.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * The weights of the sentence features and the selection parameters, fitted by the bench
 * command {@code fit} and shipped as {@code weights.properties} beside this class. A missing
 * feature name weighs 0.
 *
 * @param features   one weight per {@link SentenceFeatures#NAMES} entry
 * @param redundancy MMR penalty: a candidate loses this times its highest similarity to a chosen sentence
 * @param restatement trigram blocking: a candidate is skipped when at least this share of its word
 *                   trigrams (or of the chosen sentence's, if that has fewer) repeats a chosen sentence;
 *                   0 skips it for any shared trigram, above 1 never
 */
public record Weights(double[] features, double redundancy, double restatement) {

    public static final String RESOURCE = "weights.properties";

    private static final Weights DEFAULT = load();

    public Weights {
        features = features.clone();
    }

    /** The committed, fitted weights. */
    public static Weights fitted() {
        return DEFAULT;
    }

    public double score(double[] row) {
        double s = 0;
        for (int i = 0; i < row.length; i++) s += features[i] * row[i];
        return s;
    }

    public Weights with(int feature, double value) {
        double[] f = features.clone();
        f[feature] = value;
        return new Weights(f, redundancy, restatement);
    }

    public Weights withRedundancy(double value) {
        return new Weights(features, value, restatement);
    }

    public Weights withRestatement(double value) {
        return new Weights(features, redundancy, value);
    }

    public static Weights fromProperties(Properties p) {
        double[] f = new double[SentenceFeatures.NAMES.size()];
        for (int i = 0; i < f.length; i++) f[i] = Double.parseDouble(p.getProperty(SentenceFeatures.NAMES.get(i), "0"));
        return new Weights(f, Double.parseDouble(p.getProperty("selection.redundancy", "0")),
                Double.parseDouble(p.getProperty("selection.restatement", "0")));
    }

    /** The properties text, one line per weight, under a comment that says how it was made. */
    public String toProperties(String comment) {
        StringBuilder sb = new StringBuilder();
        for (String line : comment.split("\n")) sb.append("# ").append(line).append('\n');
        for (int i = 0; i < features.length; i++) {
            sb.append(SentenceFeatures.NAMES.get(i)).append('=').append(String.format(Locale.ROOT, "%.4f", features[i])).append('\n');
        }
        sb.append("selection.redundancy=").append(String.format(Locale.ROOT, "%.4f", redundancy)).append('\n');
        sb.append("selection.restatement=").append(String.format(Locale.ROOT, "%.4f", restatement)).append('\n');
        return sb.toString();
    }

    private static Weights load() {
        try (InputStream in = Weights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Properties p = new Properties();
            p.load(in);
            return fromProperties(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
