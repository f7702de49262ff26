package org.articlesummarizer.claims;

import java.util.ArrayList;
import java.util.List;

/** Splits a sentence into {@link Token}s, keeping offsets so that spans can be cut from the text. */
final class Tokens {

    private Tokens() {
    }

    static List<Token> of(String s) {
        List<Token> out = new ArrayList<>(s.length() / 4 + 4);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isWordChar(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = s.charAt(j);
                    if (isWordChar(d)) {
                        j++;
                    } else if ((d == '\'' || d == '’' || d == '.' || d == '-' || d == '&')
                            && j + 1 < n && isWordChar(s.charAt(j + 1))
                            || d == ',' && j + 1 < n && isDigit(s.charAt(j - 1)) && isDigit(s.charAt(j + 1))) {
                        j += 2; // don't, U.S, D-R.I, AT&T, 5,000
                    } else {
                        break;
                    }
                }
                // keep the period of "U.S." and "Mr." with the word: abbreviations and initials
                if (j < n && s.charAt(j) == '.' && isAbbreviation(s, i, j)) j++;
                out.add(new Token(s, i, j, Token.Type.WORD));
                i = j;
            } else if (c == '“' || c == '‘' || c == '«') {
                out.add(new Token(s, i, i + 1, Token.Type.OPEN_QUOTE));
                i++;
            } else if (c == '”' || c == '»') {
                out.add(new Token(s, i, i + 1, Token.Type.CLOSE_QUOTE));
                i++;
            } else if (c == '"' || c == '\'' || c == '’' || c == '`') {
                int j = i + 1;
                // '' and `` as used by some newswires for a double quote
                if (j < n && (s.charAt(j) == c || (c == '`' && s.charAt(j) == '`'))) j++;
                if (c == '\'' || c == '’') {
                    if (j == i + 1) {
                        // a lone apostrophe: possessive "Sanders'" or a single quote
                        out.add(new Token(s, i, j,
                                i > 0 && Character.isLetter(s.charAt(i - 1)) ? Token.Type.PUNCT
                                        : Token.Type.AMBIGUOUS_QUOTE));
                        i = j;
                        continue;
                    }
                }
                Token.Type t = c == '`' ? Token.Type.OPEN_QUOTE : Token.Type.AMBIGUOUS_QUOTE;
                out.add(new Token(s, i, j, t));
                i = j;
            } else {
                out.add(new Token(s, i, i + 1, Token.Type.PUNCT));
                i++;
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c < 128 ? c <= ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isAbbreviation(String s, int from, int to) {
        String w = s.substring(from, to);
        if (w.contains(".")) return true; // U.S -> U.S.
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) return true; // initial
        return switch (w) {
            case "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof",
                 "Jr", "Sr", "St", "Rev", "Adm", "Maj", "Pres", "Atty", "Sens", "Reps", "Govs" -> true;
            default -> false;
        };
    }
}
