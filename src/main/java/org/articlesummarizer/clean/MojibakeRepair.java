package org.articlesummarizer.clean;

import java.nio.charset.Charset;

/**
 * Undoes the commonest mojibake on the web: UTF-8 text that was once decoded as Latin-1 or
 * Windows-1252 and saved again as UTF-8, so that "doesn’t" reads "doesnâ\u0080\u0099t" or
 * "doesnâ€™t" and "café" reads "cafÃ©". Each such run is the UTF-8 bytes of one character
 * spelled out as single-byte characters: a lead byte (Â to ô) and one to three continuation bytes
 * (0x80 to 0xBF), which are put back together.
 *
 * <p>Only a page that shows the unmistakable sign is repaired: a C1 control character (U+0080 to
 * U+009F, which no text means to contain) or "â€" (the start of every curly quote and dash so
 * mangled). A page of well-formed Latin text with an odd "Ã" in it is left alone.
 */
final class MojibakeRepair {

    private MojibakeRepair() {
    }

    static String repair(String text) {
        if (!isMangled(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int length = sequenceLength(text, i);
            String fixed = length > 0 ? utf8(text, i, length) : null;
            if (fixed == null) {
                out.append(text.charAt(i++));
            } else {
                out.append(fixed);
                i += length;
            }
        }
        return out.toString();
    }

    private static boolean isMangled(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0080' && c <= '\u009f') return true;
            if (c == '\u00e2' && i + 1 < text.length() && text.charAt(i + 1) == '\u20ac') return true;
        }
        return false;
    }

    /** How many characters from {@code i} spell one UTF-8 character (lead and continuations), or 0. */
    private static int sequenceLength(String text, int i) {
        int lead = text.charAt(i);
        int continuations;
        if (lead >= 0xC2 && lead <= 0xDF) continuations = 1;
        else if (lead >= 0xE0 && lead <= 0xEF) continuations = 2;
        else if (lead >= 0xF0 && lead <= 0xF4) continuations = 3;
        else return 0;
        if (i + continuations >= text.length()) return 0;
        for (int k = 1; k <= continuations; k++) {
            int b = byteOf(text.charAt(i + k));
            if (b < 0x80 || b > 0xBF) return 0;
        }
        return continuations + 1;
    }

    /** The characters as the UTF-8 character their bytes spell, or null when they spell none. */
    private static String utf8(String text, int start, int length) {
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) bytes[k] = (byte) byteOf(text.charAt(start + k));
        return TextDecoder.strictUtf8(bytes);
    }

    /** The byte a character stands for when its text was read as Latin-1 or Windows-1252; -1 for none. */
    private static int byteOf(char c) {
        if (c <= 0xFF) return c;
        if (c == '\ufffd') return -1;
        int index = WINDOWS_1252_HIGH.indexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }

    /**
     * Windows-1252's characters for bytes 0x80 to 0x9F, as the JDK decodes them (U+FFFD for the five
     * bytes it leaves undefined; Latin-1's C1 controls stand in for those, see {@link #byteOf}).
     */
    private static final String WINDOWS_1252_HIGH = windows1252High();

    private static String windows1252High() {
        byte[] high = new byte[0x20];
        for (int b = 0; b < high.length; b++) high[b] = (byte) (0x80 + b);
        return new String(high, Charset.forName("windows-1252"));
    }
}
