package dev.ergo.report.internal.spi;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import org.apiguardian.api.API;

/**
 * Small drawing helpers for charts on a {@link PdfTemplate}: text, lines and boxes, each in its own
 * graphics state so that one call never leaks colour or width into the next. Only opaque colours are
 * used (PDF/A-1 forbids transparency).
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Draw {
    private Draw() {}

    /**
     * Draws one line of text.
     *
     * @param tpl the drawing, not null
     * @param font the font, not null
     * @param size the size, points
     * @param colour the colour, not null
     * @param text the text, not null
     * @param x the anchor x
     * @param y the baseline y
     * @param align {@code Element.ALIGN_LEFT}, {@code ALIGN_CENTER} or {@code ALIGN_RIGHT}
     */
    public static void text(PdfTemplate tpl, BaseFont font, float size, Color colour, String text, float x, float y,
            int align) {
        text(tpl, font, size, colour, text, x, y, align, 0);
    }

    /**
     * Draws one line of text, rotated.
     *
     * @param tpl the drawing, not null
     * @param font the font, not null
     * @param size the size, points
     * @param colour the colour, not null
     * @param text the text, not null
     * @param x the anchor x
     * @param y the baseline y
     * @param align {@code Element.ALIGN_LEFT}, {@code ALIGN_CENTER} or {@code ALIGN_RIGHT}
     * @param rotation degrees, counter-clockwise
     */
    public static void text(PdfTemplate tpl, BaseFont font, float size, Color colour, String text, float x, float y,
            int align, float rotation) {
        // characters the font lacks come from its chain; right-to-left text is put in reading order
        FontChain.showTextAligned(tpl, font, size, colour, text, x, y, align, rotation);
    }

    /**
     * Draws a straight line.
     *
     * @param tpl the drawing, not null
     * @param colour the colour, not null
     * @param width the line width, points
     * @param dash the dash length, points; 0 for a solid line
     * @param x1 start x
     * @param y1 start y
     * @param x2 end x
     * @param y2 end y
     */
    public static void line(PdfTemplate tpl, Color colour, float width, float dash, float x1, float y1, float x2,
            float y2) {
        tpl.saveState();
        tpl.setColorStroke(colour);
        tpl.setLineWidth(width);
        if (dash > 0) {
            tpl.setLineDash(dash, dash * 0.7f, 0);
        }
        tpl.moveTo(x1, y1);
        tpl.lineTo(x2, y2);
        tpl.stroke();
        tpl.restoreState();
    }

    /**
     * Fills a rectangle.
     *
     * @param tpl the drawing, not null
     * @param colour the fill colour, not null
     * @param x left
     * @param y bottom
     * @param w width
     * @param h height
     */
    public static void box(PdfTemplate tpl, Color colour, float x, float y, float w, float h) {
        tpl.saveState();
        tpl.setColorFill(colour);
        tpl.rectangle(x, y, w, h);
        tpl.fill();
        tpl.restoreState();
    }

    /**
     * Shortens a text with an ellipsis until it fits a width.
     *
     * @param font the font, not null
     * @param size the size, points
     * @param text the text, not null
     * @param width the width available, points
     * @return the text, shortened if needed, not null
     */
    public static String fit(BaseFont font, float size, String text, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && font.getWidthPoint(s + "…", size) > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip() + "…";
    }
}
