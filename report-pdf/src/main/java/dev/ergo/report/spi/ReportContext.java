package dev.ergo.report.spi;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import org.apiguardian.api.API;

/**
 * The document a renderer writes into: fonts of the current document, a way to add content, and
 * helpers that give every section the same look.
 *
 * <p>One context serves one document on one thread.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public interface ReportContext {

    /** Cell padding used by {@link #cell(Phrase)}, points. */
    float PADDING = 4f;

    /**
     * Returns the document's font of a style (embedded DejaVu Sans, Identity-H), in the main text colour.
     *
     * @param style the style, not null
     * @return the font, not null
     */
    Font font(TextStyle style);

    /**
     * Returns the document's font of a style in another colour.
     *
     * @param style the style, not null
     * @param colour the colour, not null
     * @return a new font, not null
     */
    Font font(TextStyle style, Color colour);

    /**
     * Returns the document's base font of a face, for drawing text on a template.
     *
     * @param face the face, not null
     * @return the base font, not null
     */
    BaseFont baseFont(TextStyle.Face face);

    /**
     * Adds an element to the document.
     *
     * @param element the element, not null
     */
    void add(Element element);

    /**
     * Starts a new page unless at least this much vertical space is left, so that a heading is not
     * left alone at the foot of a page.
     *
     * @param points the space needed, points
     */
    void needSpace(float points);

    /**
     * Creates a template (a reusable drawing) for vector graphics, to be added with
     * {@code Image.getInstance(template)}.
     *
     * @param width the width, points
     * @param height the height, points
     * @return the template, not null
     */
    PdfTemplate template(float width, float height);

    /**
     * Returns the width between the page margins.
     *
     * @return the width, points
     */
    float contentWidth();

    /**
     * Adds a section heading, keeping it together with what follows.
     *
     * @param text the heading, not null
     */
    default void heading(String text) {
        needSpace(100);
        Paragraph p = new Paragraph(text, font(TextStyle.HEADING));
        p.setSpacingBefore(10);
        p.setSpacingAfter(5);
        add(p);
    }

    /**
     * Adds a sub-heading.
     *
     * @param text the sub-heading, not null
     */
    default void subheading(String text) {
        needSpace(70);
        Paragraph p = new Paragraph(text, font(TextStyle.SUBHEADING));
        p.setSpacingBefore(8);
        p.setSpacingAfter(3);
        add(p);
    }

    /**
     * Returns a paragraph in one style.
     *
     * @param text the text, not null
     * @param style the style, not null
     * @return the paragraph, not null
     */
    default Paragraph paragraph(String text, TextStyle style) {
        Paragraph p = new Paragraph(chunk(text, style));
        p.setLeading(style.size() * 1.3f);
        p.setSpacingAfter(3);
        return p;
    }

    /**
     * Returns a chunk of text in one style.
     *
     * @param text the text, not null
     * @param style the style, not null
     * @return the chunk, not null
     */
    default Chunk chunk(String text, TextStyle style) {
        Chunk c = new Chunk(text, font(style));
        if (style.italic()) {
            c.setSkew(0, TextStyle.ITALIC_SKEW_DEGREES);
        }
        return c;
    }

    /**
     * Returns a full-width table whose header row repeats on every page it spans.
     *
     * @param relativeWidths the column widths, relative to each other, not null
     * @param headers the header cells, one per column; none for a table without header
     * @return the table, not null
     */
    default PdfPTable table(float[] relativeWidths, String... headers) {
        PdfPTable t = new PdfPTable(relativeWidths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(3);
        t.setSpacingAfter(6);
        if (headers.length > 0) {
            for (String h : headers) {
                PdfPCell c = cell(h, TextStyle.SMALL_BOLD);
                c.setBackgroundColor(Styles.HEADER_TINT);
                t.addCell(c);
            }
            t.setHeaderRows(1);
        }
        return t;
    }

    /**
     * Returns a table cell with text in one style.
     *
     * @param text the text, not null
     * @param style the style, not null
     * @return the cell, not null
     */
    default PdfPCell cell(String text, TextStyle style) {
        Phrase p = new Phrase(style.size() * 1.25f);
        p.add(chunk(text, style));
        return cell(p);
    }

    /**
     * Returns a table cell holding a phrase, with the reports' padding and rules.
     *
     * @param phrase the content, not null
     * @return the cell, not null
     */
    default PdfPCell cell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setPadding(PADDING);
        c.setPaddingTop(PADDING - 2);
        c.setPaddingBottom(PADDING);
        c.setBorderColor(Styles.RULE);
        c.setBorderWidth(0.5f);
        c.setUseAscender(true);
        return c;
    }
}
