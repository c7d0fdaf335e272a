package dev.ergo.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.ergo.report.internal.spi.FontChain;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Makes every text of an element drawable before it goes into the document, whichever renderer
 * built it: a chunk with characters its font lacks is split over the font's {@link FontChain}, and
 * text written right to left is laid out with the bidirectional algorithm (OpenPDF applies it, and
 * shapes Arabic, only in table cells, so such a paragraph is put in a borderless cell).
 *
 * <p>Text in the main font alone is left exactly as it was, so reports without other scripts do not
 * change by a byte.
 */
final class Scripts {
    private Scripts() {}

    /**
     * Prepares an element for the document.
     *
     * @param element the element, not null; changed in place
     * @return the element to add: the same, or a one-cell table holding a right-to-left paragraph
     */
    static Element prepare(Element element) {
        if (element instanceof PdfPTable t) {
            table(t);
            return t;
        }
        if (element instanceof Phrase p) {
            boolean rtl = phrase(p);
            if (rtl && p instanceof Paragraph para) {
                return inCell(para);
            }
        }
        return element;
    }

    private static void table(PdfPTable table) {
        for (PdfPRow row : table.getRows()) {
            PdfPCell[] cells = row.getCells();
            if (cells == null) {
                continue;
            }
            for (PdfPCell cell : cells) {
                if (cell != null) {
                    cell(cell);
                }
            }
        }
    }

    private static void cell(PdfPCell cell) {
        boolean rtl = false;
        @SuppressWarnings("unchecked")
        List<Element> composite = cell.getCompositeElements();
        Phrase text = cell.getPhrase();
        if (text != null && (composite == null || composite.isEmpty())) {
            rtl = hasRightToLeft(text);
            if (needsSplit(text)) {
                Phrase copy = new Phrase(text);
                splitAll(copy);
                cell.setPhrase(copy); // the cell copied the chunks when it was made: give it the new ones
            }
        }
        if (composite != null) {
            for (Element e : composite) {
                if (e instanceof Phrase p) {
                    rtl |= phrase(p);
                } else if (e instanceof PdfPTable t) {
                    table(t);
                }
            }
        }
        if (cell.getTable() != null) {
            table(cell.getTable());
        }
        if (rtl && !bidi(cell.getRunDirection())) {
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        }
    }

    /** @return whether the phrase has right-to-left text (a paragraph then gets the bidirectional algorithm) */
    private static boolean phrase(Phrase p) {
        splitAll(p);
        boolean rtl = hasRightToLeft(p);
        if (rtl && p instanceof Paragraph para && !bidi(para.getRunDirection())) {
            para.setRunDirection(PdfWriter.RUN_DIRECTION_LTR); // in a cell, a paragraph's own direction wins
        }
        return rtl;
    }

    /** Replaces, in place, each chunk its font cannot draw by a phrase of chunks in the fonts of its chain. */
    private static boolean splitAll(Phrase p) {
        boolean changed = false;
        for (int i = 0; i < p.size(); i++) {
            Element e = p.get(i);
            if (e instanceof Chunk c) {
                Phrase split = split(c);
                if (split != null) {
                    p.set(i, split);
                    changed = true;
                }
            } else if (e instanceof Phrase inner) {
                changed |= splitAll(inner);
            }
        }
        return changed;
    }

    private static boolean needsSplit(Phrase p) {
        return anyChunk(p, c -> split(c) != null);
    }

    /**
     * Whether a chunk of an element passes a test, visiting the chunks {@link Element#getChunks()}
     * lists, in order, without building that list for phrases.
     */
    private static boolean anyChunk(Element e, Predicate<Chunk> test) {
        if (e instanceof Chunk c) {
            return test.test(c);
        }
        if (e instanceof Phrase p) {
            for (Element inner : p) {
                if (anyChunk(inner, test)) {
                    return true;
                }
            }
            return false;
        }
        for (Element inner : e.getChunks()) {
            if (inner instanceof Chunk c && test.test(c)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Phrase split(Chunk c) {
        Map<String, Object> attributes = c.getChunkAttributes();
        if (attributes != null && (attributes.containsKey(Chunk.IMAGE) || attributes.containsKey(Chunk.SEPARATOR)
                || attributes.containsKey(Chunk.TAB))) {
            return null;
        }
        Font font = c.getFont();
        BaseFont main = font == null ? null : font.getBaseFont();
        FontChain chain = FontChain.of(main);
        String text = c.getContent();
        if (chain == null || text.isEmpty() || chain.mainCovers(main, text)) {
            return null;
        }
        return chain.split(main, text, font, attributes);
    }

    private static boolean bidi(int runDirection) {
        return runDirection == PdfWriter.RUN_DIRECTION_LTR || runDirection == PdfWriter.RUN_DIRECTION_RTL;
    }

    private static boolean hasRightToLeft(Phrase p) {
        return anyChunk(p, c -> FontChain.hasRightToLeft(c.getContent()));
    }

    /** A paragraph in a full-width borderless cell, where OpenPDF applies the bidirectional algorithm. */
    private static PdfPTable inCell(Paragraph para) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(para.getSpacingBefore());
        t.setSpacingAfter(para.getSpacingAfter());
        t.setKeepTogether(true);
        PdfPCell c = new PdfPCell();
        c.setBorderWidth(0);
        c.setPadding(0);
        c.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        c.setUseAscender(true);
        para.setSpacingBefore(0);
        para.setSpacingAfter(0);
        c.addElement(para);
        t.addCell(c);
        return t;
    }
}
