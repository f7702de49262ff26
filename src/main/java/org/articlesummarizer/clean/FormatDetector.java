package org.articlesummarizer.clean;

import java.util.Locale;

import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.article.RejectedInputException.Reason;

/**
 * Decides how to read the input: by the declared content type first, then the file extension,
 * then by sniffing the first bytes. Rejects input that is not text at all.
 */
public final class FormatDetector {

    private static final int SNIFF_BYTES = 8192;

    private FormatDetector() {
    }

    public static InputFormat detect(byte[] bytes, String name, String contentType) {
        rejectBinary(bytes);
        InputFormat declared = fromContentType(contentType);
        if (declared != null) return declared;
        InputFormat byName = fromName(name);
        if (byName != null) return byName;
        return sniff(bytes);
    }

    static InputFormat fromContentType(String contentType) {
        if (contentType == null) return null;
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        switch (type) {
            case "text/html":
            case "application/xhtml+xml":
                return InputFormat.HTML;
            case "text/markdown":
            case "text/x-markdown":
                return InputFormat.MARKDOWN;
            case "application/json":
                return InputFormat.JSON;
            case "text/plain":
                return InputFormat.TEXT;
            default:
                // binary/octet-stream and friends say nothing: fall through to name and content
                return null;
        }
    }

    static InputFormat fromName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) lower = lower.substring(0, lower.length() - 3);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) return InputFormat.HTML;
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) return InputFormat.MARKDOWN;
        if (lower.endsWith(".json")) return InputFormat.JSON;
        if (lower.endsWith(".txt") || lower.endsWith(".text")) return InputFormat.TEXT;
        return null;
    }

    static InputFormat sniff(byte[] bytes) {
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        String head = new String(bytes, 0, limit, java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3).stripLeading();
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || head.contains("<p>") || head.contains("<div")) {
            return InputFormat.HTML;
        }
        if (head.startsWith("{")) return InputFormat.JSON;
        if (head.startsWith("# ") || head.contains("\n# ") || head.contains("\n## ")) return InputFormat.MARKDOWN;
        return InputFormat.TEXT;
    }

    /**
     * Text has no NUL bytes and few control characters; images, PDFs and archives have many.
     * UTF-16 text (which has NULs) is recognised by its byte-order mark and let through.
     */
    static void rejectBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return;
        }
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new RejectedInputException(Reason.BINARY,
                        "the input contains NUL bytes (at offset " + i + "): it is binary, not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) control++;
        }
        if (limit > 0 && control * 20 > limit) {
            throw new RejectedInputException(Reason.BINARY,
                    "the input has " + control + " control bytes in its first " + limit + ": it is binary, not text");
        }
    }
}
