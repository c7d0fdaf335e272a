package dev.ergo.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.FontChain;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import org.jspecify.annotations.Nullable;

/**
 * Draws the running header (from page 2 on) and the footer of every page: "Page X of Y", the
 * report's identifier and the generated date. Y is written into a template when the document closes.
 */
final class PageDecorator extends PdfPageEventHelper {
    static final float FOOTER_BASELINE = 26f;
    static final float FOOTER_RULE = 38f;
    private static final float SIZE = 7.5f;
    private static final float GAP = 12f;

    private final DocumentFonts fonts;
    private final Texts texts;
    private final PageText text;
    private @Nullable PdfTemplate total;
    private int pages;

    PageDecorator(DocumentFonts fonts, Texts texts, PageText text) {
        this.fonts = fonts;
        this.texts = texts;
        this.text = text;
    }

    /** "Page 3 of " and what follows the total ("" in the shipped languages), around the count written last. */
    private String[] pageWords(int page) {
        String full = texts.text("page.of", "page", String.valueOf(page), "total", "\u0000");
        int at = full.indexOf('\u0000');
        return at < 0 ? new String[] {full, ""} : new String[] {full.substring(0, at), full.substring(at + 1)};
    }

    /** The template that receives the page count when the document closes. */
    private PdfTemplate total(PdfWriter writer) {
        PdfTemplate t = total;
        if (t == null) {
            t = writer.getDirectContent().createTemplate(36, SIZE + 6);
            total = t;
        }
        return t;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte cb = writer.getDirectContent();
        BaseFont bf = fonts.baseFont(TextStyle.Face.REGULAR);
        float left = document.left();
        float right = document.right();

        rule(cb, left, right, FOOTER_RULE);
        String[] words = pageWords(pages);
        String pageText = words[0];
        text(cb, bf, pageText, left, FOOTER_BASELINE, Element.ALIGN_LEFT);
        float totalX = left + bf.getWidthPoint(pageText, SIZE);
        cb.addTemplate(total(writer), totalX, FOOTER_BASELINE - 3);
        if (!words[1].isEmpty()) {
            text(cb, bf, words[1], totalX + bf.getWidthPoint("9999", SIZE), FOOTER_BASELINE, Element.ALIGN_LEFT);
        }
        float rightW = bf.getWidthPoint(text.footerRight(), SIZE);
        float side = Math.max(rightW, bf.getWidthPoint(pageText + "9999" + words[1], SIZE)) + GAP;
        text(cb, bf, fit(bf, text.footerMiddle(), right - left - 2 * side), (left + right) / 2, FOOTER_BASELINE,
                Element.ALIGN_CENTER);
        text(cb, bf, text.footerRight(), right, FOOTER_BASELINE, Element.ALIGN_RIGHT);

        if (pages > 1) {
            float y = document.getPageSize().getHeight() - 30;
            String headerRight = fit(bf, text.headerRight(), (right - left) / 2);
            float headerRightW = bf.getWidthPoint(headerRight, SIZE);
            text(cb, bf, fit(bf, text.headerLeft(), right - left - headerRightW - GAP), left, y, Element.ALIGN_LEFT);
            text(cb, bf, headerRight, right, y, Element.ALIGN_RIGHT);
            rule(cb, left, right, y - 5);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        BaseFont bf = fonts.baseFont(TextStyle.Face.REGULAR);
        PdfTemplate t = total(writer);
        t.beginText();
        t.setFontAndSize(bf, SIZE);
        t.setColorFill(Styles.MUTED);
        t.setTextMatrix(0, 3);
        t.showText(String.valueOf(pages));
        t.endText();
    }

    /** Shortens a text with an ellipsis until it fits the width, so page furniture never overlaps. */
    static String fit(BaseFont bf, String s, float width) {
        if (bf.getWidthPoint(s, SIZE) <= width) {
            return s;
        }
        int end = s.length();
        while (end > 0 && bf.getWidthPoint(s.substring(0, end) + "…", SIZE) > width) {
            end--;
            if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
        }
        return s.substring(0, end) + "…";
    }

    private static void rule(PdfContentByte cb, float left, float right, float y) {
        cb.saveState();
        cb.setColorStroke(Styles.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, y);
        cb.lineTo(right, y);
        cb.stroke();
        cb.restoreState();
    }

    private static void text(PdfContentByte cb, BaseFont bf, String s, float x, float y, int align) {
        if (s.isEmpty()) {
            return;
        }
        FontChain.showTextAligned(cb, bf, SIZE, Styles.MUTED, s, x, y, align, 0);
    }

    /** The texts of the page furniture. */
    record PageText(String headerLeft, String headerRight, String footerMiddle, String footerRight) {
        PageText(String headerLeft, String headerRight, String footerMiddle) {
            this(headerLeft, headerRight, footerMiddle, "");
        }

        PageText withFooterRight(String right) {
            return new PageText(headerLeft, headerRight, footerMiddle, right);
        }
    }
}
