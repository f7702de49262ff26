package org.articlesummarizer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.clean.ArticleCleaner;

/**
 * {@code extraction-errors DATA_DIR [--worst N] [--limit N] [--dump DIR]}: our extractor alone, page by page,
 * for error analysis: its averages, the N pages with the lowest shingle F1 (with precision and
 * recall, so a wrong root, kept furniture and a dropped lead read apart), and every page whose
 * title, author or date misses the truth, beside the truth; with --dump, our text per page into DIR
 * (to diff one change's pages before and after). Runs in seconds, without the peers.
 */
public final class ExtractionErrorsBench implements Bench.Task {

    private static final long CAP = 16L << 20;

    private record Scored(WcxbPages.Page page, Article article, double p, double r, double f1) {
    }

    @Override
    public void run(String[] args) {
        if (args.length == 0) throw new IllegalArgumentException("usage: extraction-errors DATA_DIR [--worst N] [--limit N] [--dump DIR]");
        Path folder = WcxbPages.folder(Path.of(args[0]));
        int worst = 40;
        int limit = 0;
        Path dump = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--worst")) worst = Integer.parseInt(args[i + 1]);
            else if (args[i].equals("--limit")) limit = Integer.parseInt(args[i + 1]);
            else if (args[i].equals("--dump")) dump = Path.of(args[i + 1]);
            else throw new IllegalArgumentException("unknown option " + args[i]);
        }
        ArticleCleaner cleaner = new ArticleCleaner(CAP);
        List<Scored> scored = new ArrayList<>();
        TextOverlap all = new TextOverlap();
        MetadataAccuracy meta = new MetadataAccuracy();
        for (WcxbPages.Page page : WcxbPages.load(folder, limit)) {
            Article a = page.cleanedBy(cleaner);
            meta.add(page, a);
            double[] pr = all.add(a.bodyText(), page.truth());
            scored.add(new Scored(page, a, pr[0], pr[1], TextOverlap.f1(pr[0], pr[1])));
        }
        if (dump != null) {
            List<WcxbPages.Page> pages = scored.stream().map(Scored::page).toList();
            ExtractionBench.dumpOutputs(dump, pages, scored.stream().map(s -> s.article.bodyText()).toList());
        }
        System.out.printf(Locale.ROOT, "ours on %d pages: shingle F1 %.4f (P %.4f, R %.4f), BoW F1 %.4f%n",
                all.pages(), all.shingleF1(), all.shinglePrecision(), all.shingleRecall(), all.bagOfWordsF1());
        for (String[] row : meta.rows()) System.out.printf(Locale.ROOT, "%s: %s (%s)%n", row[0], row[2], row[1]);

        System.out.printf(Locale.ROOT, "%nworst %d pages by shingle F1 (id, F1, P, R):%n", worst);
        scored.sort(Comparator.comparingDouble(Scored::f1));
        for (Scored s : scored.subList(0, Math.min(worst, scored.size()))) {
            System.out.printf(Locale.ROOT, "%s  %.3f  P %.3f  R %.3f%n", s.page.id(), s.f1, s.p, s.r);
        }
        scored.sort(Comparator.comparing(s -> s.page.id()));
        System.out.println("\ntitle misses (id | truth | ours):");
        for (Scored s : scored) {
            if (s.page.title() != null && !MetadataAccuracy.titleMatches(s.page, s.article)) {
                System.out.println(s.page.id() + " | " + s.page.title() + " | " + s.article.title());
            }
        }
        System.out.println("\nauthor misses (id | truth | ours):");
        for (Scored s : scored) {
            if (s.page.author() != null && !MetadataAccuracy.authorMatches(s.page, s.article)) {
                System.out.println(s.page.id() + " | " + s.page.author() + " | " + s.article.metadata().byline());
            }
        }
        System.out.println("\ndate misses (id | truth | ours):");
        for (Scored s : scored) {
            if (s.page.date() != null && !MetadataAccuracy.dateMatches(s.page, s.article)) {
                System.out.println(s.page.id() + " | " + s.page.date() + " | " + s.article.metadata().publishedTime());
            }
        }
    }
}
