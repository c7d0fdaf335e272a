package dev.ergo.report.internal.spi;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import dev.ergo.engine.Risk;
import dev.ergo.model.text.Texts;
import dev.ergo.report.ReportException;
import java.awt.Color;
import java.util.List;
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
     * Returns the words of the report in its language: every text a renderer prints comes from here.
     *
     * @return the texts, not null
     * @since 0.2
     */
    Texts texts();

    /**
     * Formats a message of the report's bundles.
     *
     * @param key the key, not null
     * @param namesAndValues alternating argument names and values
     * @return the text, not null
     * @since 0.2
     */
    default String text(String key, Object... namesAndValues) {
        return texts().text(key, namesAndValues);
    }

    /**
     * Formats a number with at most one decimal in the report's language: {@code 52.5}, {@code 52,5}.
     *
     * @param value the number
     * @return the text, not null
     * @since 0.2
     */
    default String number(double value) {
        return Styles.number(texts(), value);
    }

    /**
     * Formats a number with a fixed count of decimals in the report's language.
     *
     * @param value the number
     * @param decimals the decimals, 0 or more
     * @return the text, not null
     * @since 0.2
     */
    default String fixed(double value, int decimals) {
        return Styles.fixed(texts(), value, decimals);
    }

    /**
     * Formats a length in centimetres in the report's language: {@code 52.5 cm}, {@code 52,5 cm}.
     *
     * @param cm the length
     * @return the text, not null
     * @since 0.2
     */
    default String cm(double cm) {
        return Styles.cm(texts(), cm);
    }

    /**
     * Returns the printed word of a traffic light: {@code HIGH}, {@code HOCH}.
     *
     * @param risk the light, not null
     * @return the word, not null
     * @since 0.2
     */
    default String light(Risk risk) {
        return Styles.light(texts(), risk);
    }

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
     * Adds a heading of the employee's part of a report, which is kept to two pages: less space above.
     *
     * @param text the heading, not null
     * @since 0.2
     */
    default void compactHeading(String text) {
        needSpace(80);
        Paragraph p = new Paragraph(text, font(TextStyle.HEADING));
        p.setSpacingBefore(4);
        p.setSpacingAfter(2);
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

    /**
     * Returns a cell that shows a traffic light as its word on its colour, so that the light never
     * depends on colour alone.
     *
     * @param risk the light, not null
     * @param style the text style, not null
     * @return the cell, not null
     */
    default PdfPCell lightCell(Risk risk, TextStyle style) {
        PdfPCell c = cell(new Phrase(style.size() * 1.25f, light(risk), font(style, Styles.textOn(risk))));
        c.setBackgroundColor(Styles.colour(risk));
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    /**
     * Adds a section's one-sentence verdict: the light as a coloured badge with its word, and the
     * sentence beside it, kept together on one page.
     *
     * @param risk the section's light, not null
     * @param sentence the verdict in plain words, not null
     */
    default void verdict(Risk risk, String sentence) {
        PdfPTable t = new PdfPTable(new float[] {1f, 7.4f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(2);
        t.setSpacingAfter(5);
        t.setKeepTogether(true);
        PdfPCell badge = lightCell(risk, TextStyle.SUBHEADING);
        badge.setBorderWidth(0);
        badge.setMinimumHeight(22);
        t.addCell(badge);
        PdfPCell text = cell(sentence, TextStyle.BODY_BOLD);
        text.setBackgroundColor(Styles.tint(risk));
        text.setBorderWidth(0);
        text.setVerticalAlignment(Element.ALIGN_MIDDLE);
        text.setPaddingLeft(7);
        t.addCell(text);
        add(t);
    }

    /**
     * Adds a box of advice, one item per row, under a title row that repeats when the box runs on
     * to the next page.
     *
     * @param title the box's title, not null
     * @param items the advice texts, in order; nothing is added when empty
     */
    default void adviceBox(String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        needSpace(60);
        PdfPTable t = new PdfPTable(new float[] {0.35f, 9.65f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        PdfPCell head = cell(title, TextStyle.BODY_BOLD);
        head.setColspan(2);
        head.setBackgroundColor(Styles.ADVICE_TINT);
        head.setBorderColor(Styles.ADVICE);
        t.addCell(head);
        t.setHeaderRows(1);
        for (String item : items) {
            PdfPCell arrow = cell("→", TextStyle.BODY_BOLD); // a symbol, the same in every language
            arrow.setBorderWidth(0);
            arrow.setPaddingRight(0);
            t.addCell(arrow);
            PdfPCell text = cell(item, TextStyle.BODY);
            text.setBorderWidth(0);
            t.addCell(text);
        }
        add(t);
    }

    /**
     * Wraps a finished drawing as an image to add to the document or a cell.
     *
     * @param template the drawing, not null
     * @param what what it shows, for the error message, not null
     * @return the image, not null
     * @throws ReportException if the drawing cannot be wrapped
     */
    default Image image(PdfTemplate template, String what) {
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new ReportException("could not draw the " + what, e);
        }
    }
}
