package org.articlesummarizer.clean;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that are site furniture rather than article text, as a reader would recognise them:
 * share and follow prompts, "Related Articles", "Back to top", cookie and ad-blocker pleas,
 * sign-up boxes. Shared by the HTML and the plain-text readers.
 */
final class Furniture {

    /** Lines that are furniture whatever their length (groups do not capture: nothing reads them, and each costs every match). */
    private static final Pattern WHOLE_LINE = Pattern.compile(
            "(?i)^(?:facebook comments|related (?:articles|posts|stories|content|reading)|back to top(?: button)?"
                    + "|adblock detected|share(?: this)?(?: article| story| post| page)?(?: on .*| via .*)?:?|follow us.*"
                    + "|subscribe.*|sign up.*|advertisement|advertising|sponsored(?: content)?|read more.*|click here.*"
                    + "|comments?(?: \\(?\\d+\\)?)?|\\d+ comments?|leave a (?:comment|reply).*|you may also like.*"
                    + "|recommended(?: for you| stories| articles)?|tags?:.*|(?:categor(?:y|ies|ized)|topics?|filed under) ?:.*"
                    + "|skip to (?:main )?content|cookie.*"
                    + "|we use cookies.*|accept(?: all)?(?: cookies)?|print|email|tweet|pin(?: it)?|whatsapp|linkedin"
                    + "|facebook|twitter|x|reddit|copy link|menu|search|home|loading.*|more from .*|next(?: article| post)?"
                    + "|previous(?: article| post)?|continue reading.*|photo:.*|image:.*|credit:.*|getty images"
                    // a button's label
                    + "|(?:download|shop|buy) now|read reviews?|(?:see|view|show|load) (?:more|less|all)|hide(?: all)?"
                    + "|(?:also )?read(?: also)?:.*|see also:?.*|most (?:popular|read).*|trending(?: now)?"
                    + "|table of contents(?: show| hide)?|latest posts by .*|comments are closed.*"
                    // the read-aloud player, the sign-in prompt and the rating widget around the article
                    + "|listen to this (?:article|story|post)\\b.*|already have an account\\?.*|rate this (?:article|post)"
                    + "|how useful was this (?:article|post)\\??|click on a star to rate it!?|no votes so far.*"
                    // the reading time, the update stamp and the byline printed around the article
                    + "|\\d+ min(?:ute)?s?\\.? read\\b.{0,40}|(?:last )?updated(?: on)?:?(?: \\S+){0,8}"
                    + "|written by:?(?: \\S+){0,5}|about (?:the |this )?(?:author|contributor|writer)s?:?"
                    // the credits for the piece's other hands: its editor, its reviewer, its fact-checker
                    + "|(?:edited|reviewed|fact[- ]checked|medically reviewed|recipe|illustrated|photographed) by\\b.{0,120}"
                    // a template's placeholder text, left in a block the site never filled
                    + "|lorem ipsum.*"
                    // the title over links to more on a topic ("More on remote work"), not a sentence
                    + "|more on [^.!?]{1,60}"
                    // a picture's credit on a line of its own ("Image provided by Acme", "Courtesy of the brand")
                    + "|(?:photo|image|picture)s? (?:courtesy|provided by|used under|from)\\b.{0,80}|courtesy of .{1,40})$");
    /** Phrases that mark a short line as a plea or a widget even inside a longer line. */
    private static final AlternativesPattern PHRASE = AlternativesPattern.compile(
            "(?i)(ad ?blocker|disable your ad|whitelist (us|our site)|enable javascript|all rights reserved"
                    + "|©|copyright \\d{4}|sign up for (our|the)|subscribe to (our|the)|our newsletter"
                    + "|by clicking .*(agree|accept)|this site uses cookies|we use cookies)");
    private static final int PHRASE_MAX_WORDS = 40;
    /**
     * A photo's caption ends with its credit ("... above Silverton. Photo: Jane Doe"): a sentence,
     * then a short credit (initials allowed) after "Photo:", "Credit:" or "Image by:". Article
     * sentences do not end so.
     */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?i)[.!?][\"\u201d\u2019)]?\\s+(?:photo(?:graph)?|image|picture|credit)s?(?: by)?\\s*:\\s*(?:[^.!?]|(?<=\\b(?-i:\\p{Lu}))\\.){1,80}\\.?$");
    /**
     * Per thread, a matcher of {@link #WHOLE_LINE}, reset for each line: a new one per line (every
     * paragraph of every page is asked) sized its arrays for the pattern's eighty alternatives each
     * time: about a tenth of reading the page's blocks, in a profile.
     */
    private static final ThreadLocal<Matcher> WHOLE_LINE_MATCHER = ThreadLocal.withInitial(() -> WHOLE_LINE.matcher(""));
    /**
     * The heading or prompt that opens the readers' comments under an article: "Leave a Reply",
     * "12 Comments", "Comments (3)", "5 Responses", "Comments are closed", "Be the first to comment",
     * "3 thoughts on “...”". Not "Response:" or "Thoughts on ..." alone: an article may print them, as
     * the label of a prompt's response or a heading. Comments are never set inside an article, so the
     * article ends there (the plain-text reader stops).
     */
    private static final Pattern COMMENTS_OPENING = Pattern.compile(
            "(?i)^(?:\\d+ )?comments?(?: \\(?\\d+\\)?)?:?$|^\\d+ (?:responses?|replies)$|^(?:responses|replies) \\(?\\d+\\)?$"
                    + "|^(?:leave|post|add|write) a (?:comment|reply|response)"
                    + "|^comments are closed|^be the first to comment|^join the (?:discussion|conversation)|^(?:\\d+|one) thoughts? on ");
    /** A comments heading is short; "3 thoughts on" carries the article's title, which may be long. */
    private static final int MAX_COMMENTS_OPENING_CHARS = 200;
    /** Longer lines are prose whatever words they start with; checking them would only cost time. */
    private static final int MAX_FURNITURE_CHARS = 400;

    private Furniture() {
    }

    static boolean isFurnitureLine(String line) {
        if (line.length() > MAX_FURNITURE_CHARS) return false;
        String stripped = line.strip();
        // (?i) folds ASCII letters as lower-casing does: only other text is lower-cased first (a
        // copy of every paragraph otherwise), for the letters that lower-case to ASCII ones
        String t = isAscii(stripped) ? stripped : stripped.toLowerCase(Locale.ROOT);
        // the phrases are looked for first: a word count is a walk of the line, an indexOf is quicker;
        // the credit is read as written, since its initials ("Photo: J. Smith") are told by their capitals
        return WHOLE_LINE_MATCHER.get().reset(t).matches() || PHRASE.find(t) && wordCount(t) < PHRASE_MAX_WORDS
                || stripped.indexOf(':') > 0 && CAPTION_CREDIT.matcher(stripped).find();
    }

    /** Whether the line (stripped) opens the readers' comments: see {@link #COMMENTS_OPENING}. */
    static boolean opensComments(String line) {
        // every alternative is anchored at the start: lookingAt tries there alone, where find would try each position
        return line.length() <= MAX_COMMENTS_OPENING_CHARS && COMMENTS_OPENING.matcher(line).lookingAt();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7f) return false;
        return true;
    }

    static int wordCount(String s) {
        return org.articlesummarizer.article.Article.countWords(s);
    }
}
