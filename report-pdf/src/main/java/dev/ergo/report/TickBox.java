package dev.ergo.report;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import dev.ergo.report.internal.spi.Styles;

/** Draws an empty tick box (a square outline) at the top of a table cell. */
final class TickBox implements PdfPCellEvent {
    static final TickBox INSTANCE = new TickBox();
    private static final float SIZE = 6.5f;

    private TickBox() {}

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
        float x = (position.getLeft() + position.getRight() - SIZE) / 2;
        float y = position.getTop() - 1.5f - SIZE;
        cb.saveState();
        cb.setColorStroke(Styles.INK);
        cb.setLineWidth(0.9f);
        cb.rectangle(x, y, SIZE, SIZE);
        cb.stroke();
        cb.restoreState();
    }
}
