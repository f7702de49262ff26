package org.articlesummarizer.render;

import org.articlesummarizer.article.ArticleMetadata;
import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.SelectedSentence;
import org.articlesummarizer.article.Summary;

/** Renders a {@link Summary} for people: title, one bullet per key claim with its source, link. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    /** @param sourceLink an s3:// URI, a file path or a URL; null leaves the source line out. */
    public static String render(Summary summary, String sourceLink) {
        StringBuilder md = new StringBuilder();
        String title = summary.article().title();
        md.append("# ").append(title == null || title.isBlank() ? "Summary" : escape(title)).append("\n\n");
        String facts = facts(summary.article().metadata(), summary.article().wordCount());
        if (!facts.isEmpty()) md.append('_').append(facts).append("_\n\n");
        md.append("## Key claims\n\n");
        for (SelectedSentence s : summary.sentences()) {
            md.append("- ").append(escape(s.sentence().text()));
            Claim c = s.claim();
            // a sentence inside a quotation attributed elsewhere has no speaker span but a known source
            if (c.kind() != Claim.Kind.ASSERTION && c.displaySpeaker() != null) {
                md.append(" — **").append(escape(c.displaySpeaker())).append("**");
                if (c.cue() != null) md.append(" (").append(escape(c.cue())).append(')');
            }
            md.append('\n');
        }
        if (sourceLink != null) md.append("\nSource: ").append(sourceLink).append('\n');
        return md.toString();
    }

    private static String facts(ArticleMetadata m, int words) {
        StringBuilder sb = new StringBuilder();
        append(sb, m.section());
        append(sb, m.byline());
        append(sb, m.publishedTime());
        append(sb, m.siteName());
        append(sb, words + " words");
        return sb.toString();
    }

    private static void append(StringBuilder sb, String value) {
        if (value == null || value.isBlank()) return;
        if (sb.length() > 0) sb.append(" · ");
        sb.append(escape(value));
    }

    /** Keeps article text from being read as Markdown markup. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;");
    }
}
