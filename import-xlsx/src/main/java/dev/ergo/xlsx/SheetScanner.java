package dev.ergo.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a worksheet part (UTF-8 SpreadsheetML) and drives a {@link SheetHandler}, without a general XML
 * parser: elements with any namespace prefix, attributes in either quote style, comments, processing
 * instructions, CDATA, the five predefined entities and character references. A DOCTYPE is rejected, so
 * no entity can be declared or expanded. Anything not well-formed (as far as the worksheet needs: tags,
 * names, nesting, entities, characters, UTF-8, declared prefixes) is {@link Malformed}; the caller then
 * asks the SAX reader for the message.
 */
final class SheetScanner implements SheetHandler.Attrs {

    /** The part is not well-formed, has a DOCTYPE, or is not UTF-8. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final long offset;

        Malformed(String message, long offset) {
            super(message, null, false, false);
            this.offset = offset;
        }

        /** @return the byte offset in the part where the problem was found */
        long offset() {
            return offset;
        }
    }

    /** Longest name, as the JDK parser's default {@code jdk.xml.maxXMLNameLimit}. */
    private static final int MAX_NAME = 1000;
    /** Longest attribute value kept (of row and cell tags); a longer one makes the part malformed. */
    static final int MAX_ATTRIBUTE = 1 << 16;

    private static final String OTHER = "";
    /**
     * Cell types of more than one letter returned as one instance ({@code inlineStr} is what POI's
     * streaming writer uses for every text cell); the one-letter ones are in {@link #type()}.
     */
    private static final String[] LONGER_TYPES = {"str", "inlineStr"};

    private final InputStream in;
    private final SheetHandler handler;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private long before; // bytes consumed before buf[0]

    // open elements: their qualified names, one after the other
    private byte[] names = new byte[256];
    private int[] nameStarts = new int[32];
    private String[] locals = new String[32];
    private int depth;
    private int namesLen;

    // declared namespace prefixes and the depth of the element declaring them
    private byte[][] prefixes = new byte[8][];
    private int[] prefixDepths = new int[8];
    private int prefixCount;

    // the current start tag's attributes: names in attrNames, kept values in values
    private byte[] attrNames = new byte[2 * MAX_NAME];
    private int[] attrNameStart = new int[16];
    private int[] attrNameEnd = new int[16];
    private int[] valueStart = new int[16];
    private int[] valueEnd = new int[16];
    private int attrCount;
    private int attrNamesLen;
    private char[] values = new char[256];
    private int valuesLen;

    private final byte[] target = new byte[MAX_NAME];
    private int colon; // where the first colon of the last name read is, or -1
    private int[] attrColon = new int[16];
    private boolean declares; // whether the current tag has an attribute named xmlns...
    private long start; // where the part's text starts: after a byte order mark

    private final char[] text = new char[4096];
    private int textLen;

    SheetScanner(InputStream in, SheetHandler handler) {
        this.in = in;
        this.handler = handler;
    }

    /**
     * Reads the whole part.
     *
     * @throws Malformed if it is not well-formed, has a DOCTYPE or is not UTF-8
     */
    void scan() throws IOException, Malformed {
        prolog();
        element(); // the root, with everything in it
        misc(false);
        if (peek() >= 0) {
            throw malformed("content after the root element");
        }
    }

    // ---- input

    private int next() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    private boolean fill() throws IOException {
        before += lim;
        pos = 0;
        lim = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        lim = n;
        return true;
    }

    private int need() throws IOException, Malformed {
        int b = next();
        if (b < 0) {
            throw malformed("unexpected end of the part");
        }
        return b;
    }

    private void expect(String s) throws IOException, Malformed {
        for (int i = 0; i < s.length(); i++) {
            if (need() != s.charAt(i)) {
                throw malformed("expected " + s);
            }
        }
    }

    private Malformed malformed(String message) {
        return new Malformed(message, before + pos);
    }

    // ---- prolog and misc

    private void prolog() throws IOException, Malformed {
        int b = peek();
        if (b == 0xEF) {
            next();
            if (need() != 0xBB || need() != 0xBF) {
                throw malformed("not UTF-8");
            }
            start = 3;
        } else if (b == 0xFE || b == 0xFF || b == 0) {
            throw malformed("not UTF-8");
        }
        misc(true);
    }

    /**
     * Skips whitespace, comments and processing instructions; before the root, stops after a {@code <}
     * that opens it (leaving the name); after the root, runs to the end.
     */
    private void misc(boolean beforeRoot) throws IOException, Malformed {
        while (true) {
            long at = before + pos;
            int b = next();
            if (b < 0) {
                if (beforeRoot) {
                    throw malformed("no root element");
                }
                return;
            }
            if (b == ' ' || b == '\n' || b == '\t' || b == '\r') {
                continue;
            }
            if (b != '<') {
                throw malformed("content outside the root element");
            }
            int c = need();
            if (c == '?') {
                pi(beforeRoot && at == start);
            } else if (c == '!') {
                int d = need();
                if (d == '-') {
                    comment();
                } else if (d == 'D' && beforeRoot) {
                    throw malformed("DOCTYPE is not allowed");
                } else {
                    throw malformed("unexpected markup outside the root element");
                }
            } else if (beforeRoot) {
                pos--; // c was just read from the buffer
                return;
            } else {
                throw malformed("content after the root element");
            }
        }
    }

    /** After {@code <?}: skips a processing instruction; 1 if it was the XML declaration (then checked). */
    private int pi(boolean first) throws IOException, Malformed {
        byte[] t = target;
        int len = name(t, 0);
        boolean xml = len == 3 && (t[0] | 0x20) == 'x' && (t[1] | 0x20) == 'm' && (t[2] | 0x20) == 'l';
        boolean decl = xml && t[0] == 'x' && t[1] == 'm' && t[2] == 'l';
        if (xml && !(decl && first)) {
            throw malformed("reserved processing instruction target");
        }
        StringBuilder content = decl ? new StringBuilder() : null;
        int b = need();
        if (b != '?' && !space(b)) {
            throw malformed("bad processing instruction");
        }
        int prev = b;
        if (b == '?') {
            if (need() != '>') {
                throw malformed("bad processing instruction");
            }
            if (decl) {
                throw malformed("XML declaration without version");
            }
            return 0;
        }
        while (true) {
            b = need();
            if (prev == '?' && b == '>') {
                break;
            }
            if (content != null) {
                if (content.length() == MAX_NAME) {
                    throw malformed("bad XML declaration");
                }
                content.append((char) b);
            }
            if (b >= 0x80) {
                utf8(b);
            } else {
                checkByte(b);
            }
            prev = b;
        }
        if (decl) {
            declaration(content.substring(0, content.length() - 1));
            return 1;
        }
        return 0;
    }

    private void checkByte(int b) throws Malformed {
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
            throw malformed("invalid character");
        }
    }

    /** The pseudo-attributes of the XML declaration: version 1.x, encoding UTF-8, standalone. */
    private void declaration(String d) throws Malformed {
        String s = d.strip();
        java.util.regex.Matcher m = DECLARATION.matcher(s);
        if (!m.matches()) {
            throw malformed("bad XML declaration");
        }
        String enc = m.group(4) != null ? m.group(4) : m.group(5);
        if (enc != null && !enc.equalsIgnoreCase("UTF-8") && !enc.equalsIgnoreCase("UTF8")) {
            throw malformed("not UTF-8: " + enc);
        }
    }

    private static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern.compile(
            "version\\s*=\\s*(\"1\\.[0-9]+\"|'1\\.[0-9]+')"
                    + "(\\s+encoding\\s*=\\s*(\"([A-Za-z][A-Za-z0-9._-]*)\"|'([A-Za-z][A-Za-z0-9._-]*)'))?"
                    + "(\\s+standalone\\s*=\\s*(\"(yes|no)\"|'(yes|no)'))?\\s*");

    /** After {@code <!-}: skips a comment. */
    private void comment() throws IOException, Malformed {
        if (need() != '-') {
            throw malformed("bad comment");
        }
        int dashes = 0;
        while (true) {
            int b = need();
            if (b == '-') {
                dashes++;
                continue;
            }
            if (dashes >= 2) {
                if (b == '>' && dashes == 2) {
                    return;
                }
                throw malformed("'--' in a comment");
            }
            dashes = 0;
            if (b >= 0x80) {
                utf8(b);
            } else {
                checkByte(b);
            }
        }
    }

    // ---- elements

    /** Reads a name into {@code into} at {@code at}; returns its length (0 when there is none). */
    private int name(byte[] into, int at) throws IOException, Malformed {
        int b = peek();
        if (!nameStart(b)) {
            throw malformed("a name was expected");
        }
        int n = 0;
        colon = -1;
        while (nameChar(b)) {
            if (n == MAX_NAME) {
                throw malformed("name longer than " + MAX_NAME);
            }
            if (b == ':' && colon < 0) {
                colon = at + n;
            }
            into[at + n++] = (byte) b;
            pos++;
            b = peek();
        }
        return n;
    }

    private static boolean nameStart(int b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == ':' || b >= 0x80;
    }

    private static boolean nameChar(int b) {
        return nameStart(b) || b >= '0' && b <= '9' || b == '-' || b == '.';
    }

    private static boolean space(int b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    /** The root element and everything in it; the {@code <} has been read. */
    private void element() throws IOException, Malformed {
        int rootDepth = depth;
        startTag();
        while (depth > rootDepth) {
            content();
            // at '<'
            int b = need();
            if (b == '/') {
                endTag();
            } else if (b == '!') {
                int c = need();
                if (c == '-') {
                    comment();
                } else if (c == '[') {
                    cdata();
                } else {
                    throw malformed(c == 'D' ? "DOCTYPE is not allowed" : "bad markup");
                }
            } else if (b == '?') {
                pi(false);
            } else {
                pos--;
                startTag();
            }
        }
    }

    /** Reads a start tag after its {@code <}; an empty-element tag is ended at once. */
    private void startTag() throws IOException, Malformed {
        int start = namesLen;
        if (names.length < namesLen + MAX_NAME) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, namesLen + MAX_NAME));
        }
        int len = name(names, start);
        int elementColon = colon;
        attrCount = 0;
        attrNamesLen = 0;
        valuesLen = 0;
        declares = false;
        String local = local(names, start, len, elementColon);
        boolean keep = local == SheetHandler.ROW || local == SheetHandler.CELL;
        boolean empty;
        while (true) {
            int b = need();
            boolean sp = space(b);
            while (space(b)) {
                b = need();
            }
            if (b == '>') {
                empty = false;
                break;
            }
            if (b == '/') {
                if (need() != '>') {
                    throw malformed("bad empty-element tag");
                }
                empty = true;
                break;
            }
            if (!sp) {
                throw malformed("whitespace expected before an attribute");
            }
            pos--;
            attribute(keep);
        }
        if (depth == nameStarts.length) {
            nameStarts = Arrays.copyOf(nameStarts, depth * 2);
            locals = Arrays.copyOf(locals, depth * 2);
        }
        locals[depth] = local;
        nameStarts[depth++] = start;
        namesLen = start + len;
        if (declares) {
            declare();
        }
        if (elementColon >= 0) {
            checkPrefix(names, start, start + len, elementColon);
        }
        for (int i = 0; i < attrCount; i++) {
            int p = attrColon[i];
            if (p < 0) {
                continue;
            }
            int s = attrNameStart[i];
            if (p == s + 5 && startsWith(attrNames, s, "xmlns")) {
                qualifiedName(attrNames, s, attrNameEnd[i], p);
            } else {
                checkPrefix(attrNames, s, attrNameEnd[i], p);
            }
        }
        flushText();
        handler.start(local, this);
        if (empty) {
            closeElement(local);
        }
    }

    private void attribute(boolean keep) throws IOException, Malformed {
        if (attrCount == attrNameStart.length) {
            int n = attrCount * 2;
            attrNameStart = Arrays.copyOf(attrNameStart, n);
            attrNameEnd = Arrays.copyOf(attrNameEnd, n);
            valueStart = Arrays.copyOf(valueStart, n);
            valueEnd = Arrays.copyOf(valueEnd, n);
            attrColon = Arrays.copyOf(attrColon, n);
        }
        if (attrNames.length < attrNamesLen + MAX_NAME) {
            attrNames = Arrays.copyOf(attrNames, attrNames.length * 2 + MAX_NAME);
        }
        int ns = attrNamesLen;
        int len = name(attrNames, ns);
        int ne = ns + len;
        int attrColonAt = colon;
        for (int i = 0; i < attrCount; i++) {
            if (Arrays.equals(attrNames, attrNameStart[i], attrNameEnd[i], attrNames, ns, ne)) {
                throw malformed("attribute given twice");
            }
        }
        int b = need();
        while (space(b)) {
            b = need();
        }
        if (b != '=') {
            throw malformed("'=' expected");
        }
        b = need();
        while (space(b)) {
            b = need();
        }
        if (b != '"' && b != '\'') {
            throw malformed("quoted attribute value expected");
        }
        int quote = b;
        // kept: unprefixed attributes of row and cell tags, and namespace declarations
        boolean xmlns = len >= 5 && startsWith(attrNames, ns, "xmlns");
        declares |= xmlns;
        boolean store = keep && attrColonAt < 0 || xmlns;
        int vs = valuesLen;
        while (true) {
            b = need();
            if (b == quote) {
                break;
            }
            int c;
            if (b == '<') {
                throw malformed("'<' in an attribute value");
            } else if (b == '&') {
                c = reference();
            } else if (b >= 0x80) {
                c = utf8(b);
            } else if (b == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                c = ' ';
            } else if (b == '\n' || b == '\t') {
                c = ' ';
            } else if (b < 0x20) {
                throw malformed("invalid character");
            } else {
                c = b;
            }
            if (store) {
                if (valuesLen - vs >= MAX_ATTRIBUTE) {
                    throw malformed("attribute value longer than " + MAX_ATTRIBUTE);
                }
                if (valuesLen + 2 > values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                if (c > 0xFFFF) {
                    values[valuesLen++] = Character.highSurrogate(c);
                    values[valuesLen++] = Character.lowSurrogate(c);
                } else {
                    values[valuesLen++] = (char) c;
                }
            }
        }
        attrColon[attrCount] = attrColonAt;
        attrNameStart[attrCount] = ns;
        attrNameEnd[attrCount] = ne;
        valueStart[attrCount] = vs;
        valueEnd[attrCount] = store ? valuesLen : -1;
        attrCount++;
        attrNamesLen = ne;
    }

    /** Records the current tag's {@code xmlns:p} declarations. */
    private void declare() throws Malformed {
        for (int i = 0; i < attrCount; i++) {
            int s = attrNameStart[i];
            int e = attrNameEnd[i];
            if (e - s > 6 && startsWith(attrNames, s, "xmlns:")) {
                if (valueEnd[i] == valueStart[i]) {
                    throw malformed("a namespace prefix cannot be undeclared");
                }
                if (prefixCount == prefixes.length) {
                    prefixes = Arrays.copyOf(prefixes, prefixCount * 2);
                    prefixDepths = Arrays.copyOf(prefixDepths, prefixCount * 2);
                }
                prefixes[prefixCount] = Arrays.copyOfRange(attrNames, s + 6, e);
                prefixDepths[prefixCount++] = depth;
            }
        }
    }

    /** Checks that a qualified name's prefix, if any, is declared; {@code xml} always is. */
    private void checkPrefix(byte[] a, int s, int e, int p) throws Malformed {
        if (p == s) { // a leading colon: the JDK's parser takes it as part of an unprefixed name
            if (prefixEnd(a, s + 1, e) >= 0) {
                throw malformed("bad qualified name");
            }
            return;
        }
        qualifiedName(a, s, e, p);
        if (p - s == 3 && startsWith(a, s, "xml")) {
            return;
        }
        for (int i = prefixCount - 1; i >= 0; i--) {
            if (Arrays.equals(prefixes[i], 0, prefixes[i].length, a, s, p)) {
                return;
            }
        }
        throw malformed("undeclared namespace prefix");
    }

    private void qualifiedName(byte[] a, int s, int e, int p) throws Malformed {
        if (p == s || p == e - 1 || prefixEnd(a, p + 1, e) >= 0 || !nameStart(a[p + 1] & 0xFF)) {
            throw malformed("bad qualified name");
        }
    }

    private static int prefixEnd(byte[] a, int s, int e) {
        for (int i = s; i < e; i++) {
            if (a[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] a, int s, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (a[s + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The local name as one of the handler's constants, or {@link #OTHER}. */
    private static String local(byte[] a, int s, int len, int p) {
        if (p == s) {
            return OTHER;
        }
        int from = p < 0 ? s : p + 1;
        int n = s + len - from;
        switch (n) {
            case 1 -> {
                return switch (a[from]) {
                    case 'c' -> SheetHandler.CELL;
                    case 'v' -> SheetHandler.VALUE;
                    case 'f' -> SheetHandler.FORMULA;
                    case 't' -> SheetHandler.TEXT;
                    default -> OTHER;
                };
            }
            case 2 -> {
                return a[from] == 'i' && a[from + 1] == 's' ? SheetHandler.INLINE : OTHER;
            }
            case 3 -> {
                if (a[from] == 'r' && a[from + 1] == 'o' && a[from + 2] == 'w') {
                    return SheetHandler.ROW;
                }
                return a[from] == 'r' && a[from + 1] == 'P' && a[from + 2] == 'h' ? SheetHandler.PHONETIC : OTHER;
            }
            case 9 -> {
                return startsWith(a, from, "sheetData") ? SheetHandler.SHEET_DATA : OTHER;
            }
            default -> {
                return OTHER;
            }
        }
    }

    /** Reads an end tag after its {@code </}. */
    private void endTag() throws IOException, Malformed {
        int start = nameStarts[depth - 1];
        int len = namesLen - start;
        for (int i = 0; i < len; i++) {
            if (need() != (names[start + i] & 0xFF)) {
                throw malformed("end tag does not match the start tag");
            }
        }
        int b = need();
        while (space(b)) {
            b = need();
        }
        if (b != '>') {
            throw malformed("end tag does not match the start tag");
        }
        flushText();
        closeElement(locals[depth - 1]);
    }

    private void closeElement(String local) {
        depth--;
        namesLen = nameStarts[depth];
        while (prefixCount > 0 && prefixDepths[prefixCount - 1] > depth) {
            prefixes[--prefixCount] = null;
        }
        handler.end(local);
    }

    // ---- content

    /** Text up to the next {@code <}, which is consumed. */
    private void content() throws IOException, Malformed {
        int brackets = 0;
        while (true) {
            if (pos == lim && !fill()) {
                throw malformed("unexpected end of the part");
            }
            int b = buf[pos++];
            if (b >= 0x20 && b != '<' && b != '&' && b != ']' && b != '>') { // the usual case: plain ASCII
                brackets = 0;
                put((char) b);
                continue;
            }
            if (b == '<') {
                return;
            }
            b &= 0xFF;
            int c;
            if (b == ']') {
                brackets++;
                put(']');
                continue;
            } else if (b == '>') {
                if (brackets >= 2) {
                    throw malformed("']]>' in text");
                }
                c = '>';
            } else if (b == '&') {
                c = reference();
            } else if (b >= 0x80) {
                c = utf8(b);
            } else if (b == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                c = '\n';
            } else if (b == '\n' || b == '\t') {
                c = b;
            } else {
                throw malformed("invalid character");
            }
            brackets = 0;
            putCode(c);
        }
    }

    /** After {@code <![}: a CDATA section, its text passed on as it is (line ends normalised). */
    private void cdata() throws IOException, Malformed {
        expect("CDATA[");
        int brackets = 0; // ']' read but not yet put: they may end the section
        while (true) {
            int b = need();
            if (b == ']') {
                brackets++;
                continue;
            }
            if (b == '>' && brackets >= 2) {
                for (; brackets > 2; brackets--) {
                    put(']');
                }
                return;
            }
            for (; brackets > 0; brackets--) {
                put(']');
            }
            int c;
            if (b >= 0x80) {
                c = utf8(b);
            } else if (b == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                c = '\n';
            } else {
                checkByte(b);
                c = b;
            }
            putCode(c);
        }
    }

    private void put(char c) {
        if (textLen == text.length) {
            flushText();
        }
        text[textLen++] = c;
    }

    private void putCode(int c) {
        if (c > 0xFFFF) {
            if (textLen + 2 > text.length) {
                flushText();
            }
            text[textLen++] = Character.highSurrogate(c);
            text[textLen++] = Character.lowSurrogate(c);
        } else {
            put((char) c);
        }
    }

    private void flushText() {
        if (textLen > 0) {
            handler.characters(text, 0, textLen);
            textLen = 0;
        }
    }

    /** After {@code &}: a predefined entity or a character reference, as a code point. */
    private int reference() throws IOException, Malformed {
        int b = need();
        if (b == '#') {
            int radix = 10;
            b = need();
            if (b == 'x') {
                radix = 16;
                b = need();
            }
            int value = 0;
            int digits = 0;
            while (b != ';') {
                int d = Character.digit(b, radix);
                if (d < 0 || b >= 0x80) {
                    throw malformed("bad character reference");
                }
                value = value * radix + d;
                if (value > 0x10FFFF) {
                    throw malformed("bad character reference");
                }
                digits++;
                b = need();
            }
            if (digits == 0 || !xmlChar(value)) {
                throw malformed("bad character reference");
            }
            return value;
        }
        int n = 0;
        int h = 0;
        while (b != ';') {
            if (++n > 4) {
                throw malformed("undeclared entity");
            }
            h = h << 8 | b;
            b = need();
        }
        return switch (h) {
            case 'l' << 8 | 't' -> '<';
            case 'g' << 8 | 't' -> '>';
            case 'a' << 16 | 'm' << 8 | 'p' -> '&';
            case 'a' << 24 | 'p' << 16 | 'o' << 8 | 's' -> '\'';
            case 'q' << 24 | 'u' << 16 | 'o' << 8 | 't' -> '"';
            default -> throw malformed("undeclared entity");
        };
    }

    private static boolean xmlChar(int c) {
        return c >= 0x20 && c <= 0xD7FF || c == 0x9 || c == 0xA || c == 0xD || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** The code point of a multi-byte UTF-8 sequence that starts with {@code b}; only XML characters. */
    private int utf8(int b) throws IOException, Malformed {
        int c;
        int more;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            c = b & 0x1F;
            more = 1;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            c = b & 0x0F;
            more = 2;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            c = b & 0x07;
            more = 3;
            min = 0x10000;
        } else {
            throw malformed("invalid UTF-8");
        }
        for (int i = 0; i < more; i++) {
            int x = next();
            if ((x & 0xC0) != 0x80) {
                throw malformed("invalid UTF-8");
            }
            c = c << 6 | x & 0x3F;
        }
        if (c < min || !xmlChar(c)) {
            throw malformed(c < min ? "invalid UTF-8" : "invalid character");
        }
        return c;
    }

    // ---- attributes for the handler: read in place, as SheetHandler reads their text

    @Override
    public @Nullable String get(String name) {
        for (int i = 0; i < attrCount; i++) {
            int s = attrNameStart[i];
            if (attrNameEnd[i] - s == name.length() && valueEnd[i] >= 0 && startsWith(attrNames, s, name)) {
                return new String(values, valueStart[i], valueEnd[i] - valueStart[i]);
            }
        }
        return null;
    }

    /** The kept attribute with a one-letter name, or -1. */
    private int find(char name) {
        for (int i = 0; i < attrCount; i++) {
            int s = attrNameStart[i];
            if (attrNameEnd[i] - s == 1 && attrNames[s] == name && valueEnd[i] >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The value of 1 to 9 plain digits, or -1 for anything else. */
    private int digits(int i) {
        int s = valueStart[i];
        int e = valueEnd[i];
        if (e == s || e - s > 9) {
            return -1;
        }
        int n = 0;
        for (int k = s; k < e; k++) {
            char c = values[k];
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private String value(int i) {
        return new String(values, valueStart[i], valueEnd[i] - valueStart[i]);
    }

    /** @return whether the kept attribute values from {@code start} on begin with {@code s} */
    private boolean regionIs(int start, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (values[start + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int row(int fallback) {
        int i = find('r');
        if (i < 0) {
            return fallback;
        }
        int n = digits(i);
        return n >= 1 ? n : n == 0 ? fallback : SheetHandler.parseRow(value(i), fallback);
    }

    @Override
    public int column(int fallback) {
        int i = find('r');
        if (i < 0) {
            return fallback;
        }
        return SheetHandler.parseColumn(values, valueStart[i], valueEnd[i], fallback);
    }

    @Override
    public int style() {
        int i = find('s');
        if (i < 0) {
            return -1;
        }
        int n = digits(i);
        return n >= 0 ? n : SheetHandler.parseInt(value(i), -1);
    }

    @Override
    public @Nullable String type() {
        int i = find('t');
        if (i < 0) {
            return null;
        }
        int s = valueStart[i];
        int n = valueEnd[i] - s;
        if (n == 1) {
            switch (values[s]) {
                case 's' -> {
                    return "s";
                }
                case 'n' -> {
                    return "n";
                }
                case 'b' -> {
                    return "b";
                }
                case 'e' -> {
                    return "e";
                }
                default -> {
                    // others are rare: made below
                }
            }
        }
        for (String frequent : LONGER_TYPES) {
            if (n == frequent.length() && regionIs(s, frequent)) {
                return frequent;
            }
        }
        return value(i);
    }
}
