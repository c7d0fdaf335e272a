package dev.ergo.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The parts of a generated workbook as an editable map, for making damaged copies: change a part's
 * text or bytes, remove or add a part, reverse the rows of a sheet, then write the copy.
 */
final class ZipParts {
    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private ZipParts() {}

    static ZipParts of(Path workbook) {
        ZipParts z = new ZipParts();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return z;
    }

    String text(String name) {
        byte[] b = parts.get(name);
        if (b == null) {
            throw new IllegalArgumentException("no part " + name + " in " + parts.keySet());
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Changes the text of a part; fails if the change changes nothing, so a test cannot pass by accident. */
    ZipParts edit(String name, UnaryOperator<String> change) {
        String before = text(name);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("the edit left " + name + " unchanged");
        }
        parts.put(name, after.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Inverts the bits of {@code count} bytes of a part from {@code offset}. */
    ZipParts flip(String name, int offset, int count) {
        byte[] b = parts.get(name).clone();
        for (int i = offset; i < offset + count; i++) {
            b[i] = (byte) ~b[i];
        }
        parts.put(name, b);
        return this;
    }

    ZipParts remove(String name) {
        if (parts.remove(name) == null) {
            throw new IllegalArgumentException("no part " + name);
        }
        return this;
    }

    /** Replaces a part's bytes, for contents that are not UTF-8 text. */
    ZipParts put(String name, byte[] bytes) {
        parts.put(name, bytes.clone());
        return this;
    }

    ZipParts add(String name, String text) {
        parts.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Rewrites a worksheet part so that its rows appear in the file in descending row order. */
    ZipParts reverseRows(String sheetPart) {
        return edit(sheetPart, xml -> {
            int start = xml.indexOf("<sheetData>") + "<sheetData>".length();
            int end = xml.indexOf("</sheetData>");
            java.util.List<String> rows = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<row .*?</row>").matcher(xml.substring(start, end));
            while (m.find()) {
                rows.add(m.group());
            }
            java.util.Collections.reverse(rows);
            return xml.substring(0, start) + String.join("", rows) + xml.substring(end);
        });
    }

    Path write(Path file) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
