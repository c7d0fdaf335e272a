package dev.ergo.report;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a tiny TrueType font for the tests: one square glyph per given character (BMP only), so a
 * test can add a font for a script the bundled fonts lack without a binary fixture.
 */
final class TinyFont {
    private TinyFont() {}

    /**
     * Returns the bytes of a font named {@code name} with a square glyph for each character.
     *
     * @param name the PostScript name, ASCII without spaces
     * @param chars the characters, BMP only
     * @param fsType the OS/2 embedding flags: 0 installable, 2 no embedding allowed
     */
    static byte[] of(String name, String chars, int fsType) {
        int[] cps = chars.codePoints().distinct().sorted().toArray();
        int glyphs = cps.length + 1; // glyph 0 is .notdef, empty
        Map<String, byte[]> t = new TreeMap<>();
        t.put("head", head());
        t.put("hhea", hhea(glyphs));
        t.put("maxp", maxp(glyphs));
        t.put("OS/2", os2(fsType, cps));
        t.put("post", post());
        t.put("name", name(name));
        t.put("cmap", cmap(cps));
        ByteBuffer hmtx = ByteBuffer.allocate(4 * glyphs);
        for (int i = 0; i < glyphs; i++) {
            hmtx.putShort((short) 1000).putShort((short) 100);
        }
        t.put("hmtx", hmtx.array());
        byte[] square = square();
        ByteBuffer loca = ByteBuffer.allocate(2 * (glyphs + 1));
        ByteBuffer glyf = ByteBuffer.allocate(square.length * cps.length);
        loca.putShort((short) 0).putShort((short) 0); // .notdef has no outline
        for (int i = 0; i < cps.length; i++) {
            glyf.put(square);
            loca.putShort((short) (glyf.position() / 2));
        }
        t.put("loca", loca.array());
        t.put("glyf", glyf.array());
        return assemble(t);
    }

    private static byte[] head() {
        ByteBuffer b = ByteBuffer.allocate(54);
        b.putInt(0x00010000).putInt(0x00010000).putInt(0).putInt(0x5F0F3CF5);
        b.putShort((short) 0x000B).putShort((short) 1000).putLong(0).putLong(0);
        b.putShort((short) 0).putShort((short) -200).putShort((short) 1000).putShort((short) 800);
        b.putShort((short) 0).putShort((short) 8).putShort((short) 2).putShort((short) 0).putShort((short) 0);
        return b.array();
    }

    private static byte[] hhea(int glyphs) {
        ByteBuffer b = ByteBuffer.allocate(36);
        b.putInt(0x00010000).putShort((short) 800).putShort((short) -200).putShort((short) 0);
        b.putShort((short) 1000).putShort((short) 100).putShort((short) 100).putShort((short) 900);
        b.putShort((short) 1).putShort((short) 0).putShort((short) 0);
        b.putLong(0).putShort((short) 0).putShort((short) glyphs);
        return b.array();
    }

    private static byte[] maxp(int glyphs) {
        ByteBuffer b = ByteBuffer.allocate(32);
        b.putInt(0x00010000).putShort((short) glyphs).putShort((short) 4).putShort((short) 1);
        b.putShort((short) 0).putShort((short) 0).putShort((short) 2);
        return b.array();
    }

    private static byte[] os2(int fsType, int[] cps) {
        ByteBuffer b = ByteBuffer.allocate(86);
        b.putShort((short) 1).putShort((short) 1000).putShort((short) 400).putShort((short) 5).putShort((short) fsType);
        for (int i = 0; i < 10; i++) {
            b.putShort((short) 100); // sub- and superscript sizes and offsets, strikeout
        }
        b.putShort((short) 0).put(new byte[10]).put(new byte[16]).put("TEST".getBytes(StandardCharsets.US_ASCII));
        b.putShort((short) 0x40).putShort((short) cps[0]).putShort((short) cps[cps.length - 1]);
        b.putShort((short) 800).putShort((short) -200).putShort((short) 0).putShort((short) 800).putShort((short) 200);
        b.putInt(1).putInt(0);
        return b.array();
    }

    private static byte[] post() {
        ByteBuffer b = ByteBuffer.allocate(32);
        b.putInt(0x00030000).putInt(0).putShort((short) -100).putShort((short) 50);
        return b.array();
    }

    private static byte[] name(String name) {
        String[] values = {name, "Regular", name, name};
        int[] ids = {1, 2, 4, 6};
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        ByteBuffer b = ByteBuffer.allocate(6 + 12 * ids.length);
        b.putShort((short) 0).putShort((short) ids.length).putShort((short) (6 + 12 * ids.length));
        for (int i = 0; i < ids.length; i++) {
            byte[] s = values[i].getBytes(StandardCharsets.UTF_16BE);
            b.putShort((short) 3).putShort((short) 1).putShort((short) 0x409).putShort((short) ids[i]);
            b.putShort((short) s.length).putShort((short) strings.size());
            strings.writeBytes(s);
        }
        return concat(b.array(), strings.toByteArray());
    }

    /** A format 4 subtable with one segment per character, and the closing 0xFFFF segment. */
    private static byte[] cmap(int[] cps) {
        int segs = cps.length + 1;
        ByteBuffer sub = ByteBuffer.allocate(16 + 8 * segs);
        sub.putShort((short) 4).putShort((short) (16 + 8 * segs)).putShort((short) 0).putShort((short) (2 * segs));
        int pow = Integer.highestOneBit(segs);
        sub.putShort((short) (2 * pow)).putShort((short) Integer.numberOfTrailingZeros(pow)).putShort((short) (2 * segs - 2 * pow));
        for (int cp : cps) {
            sub.putShort((short) cp);
        }
        sub.putShort((short) 0xFFFF).putShort((short) 0);
        for (int cp : cps) {
            sub.putShort((short) cp);
        }
        sub.putShort((short) 0xFFFF);
        for (int i = 0; i < cps.length; i++) {
            sub.putShort((short) (i + 1 - cps[i]));
        }
        sub.putShort((short) 1);
        for (int i = 0; i < segs; i++) {
            sub.putShort((short) 0);
        }
        ByteBuffer head = ByteBuffer.allocate(12);
        head.putShort((short) 0).putShort((short) 1).putShort((short) 3).putShort((short) 1).putInt(12);
        return concat(head.array(), sub.array());
    }

    /** One closed contour from (100, 0) to (900, 800). */
    private static byte[] square() {
        ByteBuffer b = ByteBuffer.allocate(36);
        b.putShort((short) 1).putShort((short) 100).putShort((short) 0).putShort((short) 900).putShort((short) 800);
        b.putShort((short) 3).putShort((short) 0);
        b.put(new byte[] {1, 1, 1, 1});
        b.putShort((short) 100).putShort((short) 800).putShort((short) 0).putShort((short) -800); // x: 100, 900, 900, 100
        b.putShort((short) 0).putShort((short) 0).putShort((short) 800).putShort((short) 0); // y: 0, 0, 800, 800
        return b.array();
    }

    private static byte[] assemble(Map<String, byte[]> tables) {
        int n = tables.size();
        int pow = Integer.highestOneBit(n);
        ByteBuffer dir = ByteBuffer.allocate(12 + 16 * n);
        dir.putInt(0x00010000).putShort((short) n).putShort((short) (16 * pow))
                .putShort((short) Integer.numberOfTrailingZeros(pow)).putShort((short) (16 * n - 16 * pow));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int offset = 12 + 16 * n;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] data = e.getValue();
            dir.put(e.getKey().getBytes(StandardCharsets.US_ASCII)).putInt(checksum(data)).putInt(offset + body.size())
                    .putInt(data.length);
            body.writeBytes(data);
            while (body.size() % 4 != 0) {
                body.write(0);
            }
        }
        return concat(dir.array(), body.toByteArray());
    }

    private static int checksum(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(java.util.Arrays.copyOf(data, (data.length + 3) / 4 * 4));
        int sum = 0;
        while (b.hasRemaining()) {
            sum += b.getInt();
        }
        return sum;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
