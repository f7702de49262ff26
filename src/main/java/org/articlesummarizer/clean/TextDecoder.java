package org.articlesummarizer.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text with the right charset, never the platform default. Order of trust:
 * byte-order mark; then bytes that are valid UTF-8 (pure ASCII reads the same in every charset a
 * page may declare); then the charset declared in the content type or an HTML meta charset; and
 * finally Windows-1252 (what undeclared Western pages almost always are).
 *
 * <p>Valid UTF-8 outranks a declared legacy charset because saved and scraped pages keep
 * their original {@code <meta charset=gb2312>} after being re-encoded as UTF-8, and the reverse
 * mistake is practically impossible: Windows-1252, GBK or Shift_JIS text of any length is almost
 * never well-formed UTF-8 by accident. UTF-8 that spells out an earlier mis-decoding
 * ("doesnâ€™t") is put right by {@link MojibakeRepair}.
 */
public final class TextDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAM_CHARSET = Pattern.compile(
            "charset\\s*=\\s*\"?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String contentType, InputFormat format) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFF, 0xFE)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);

        String utf8 = strictUtf8(bytes);
        // well-formed UTF-8 may still carry text that was once mis-decoded and re-encoded
        if (utf8 != null) return MojibakeRepair.repair(utf8);

        Charset declared = charsetParameter(contentType);
        if (declared == null && format == InputFormat.HTML) declared = metaCharset(bytes);
        if (declared != null && !isUtf8(declared)) return new String(bytes, declared);

        // Declared UTF-8 that does not decode is mislabelled Windows-1252 more often than not.
        return new String(bytes, Charset.forName("windows-1252"));
    }

    static Charset charsetParameter(String contentType) {
        if (contentType == null) return null;
        Matcher m = PARAM_CHARSET.matcher(contentType);
        return m.find() ? charsetOrNull(m.group(1)) : null;
    }

    static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charsetOrNull(m.group(1)) : null;
    }

    private static Charset charsetOrNull(String name) {
        try {
            String lower = name.toLowerCase(Locale.ROOT);
            // browsers read iso-8859-1 and us-ascii labels as windows-1252; so do we
            if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii")) {
                return Charset.forName("windows-1252");
            }
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isUtf8(Charset c) {
        return c.equals(StandardCharsets.UTF_8);
    }

    /**
     * The bytes as UTF-8, or null when they are not valid UTF-8. The JDK's lenient decoding is
     * several times faster than a reporting decoder and marks every malformed sequence with
     * U+FFFD, so only text that has a U+FFFD (malformed, or a page that really prints one) is
     * decoded a second time to tell the two apart.
     */
    static String strictUtf8(byte[] bytes) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) return lenient;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
