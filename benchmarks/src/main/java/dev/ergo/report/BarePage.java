package dev.ergo.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.ergo.report.internal.spi.Styles;
import dev.ergo.report.internal.spi.TextStyle;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The practical ceiling of a report page: a bare one-page OpenPDF document with the reports' shared
 * fonts ({@link SharedFonts}, parsed once per JVM), a title, paragraphs and a 4-column table, about
 * 3 500 characters (a page of an employee report has about 3 100; the benchmark's employee has 8 pages,
 * the generator's mix 5.3 on average), and nothing else: no bundles,
 * number formats, page furniture, metadata or font chains. In the report module's package to use its
 * fonts as the reports do; benchmark code only.
 */
public final class BarePage {
    private static final String SENTENCE = "Adjust the chair so that the knees are at about 90 degrees"
            + " and the feet rest flat on the floor; ";

    private BarePage() {}

    /**
     * Renders the page.
     *
     * @return the PDF, not null
     */
    public static byte[] render() {
        SharedFonts shared = SharedFonts.of(List.of());
        BaseFont regular = shared.main(TextStyle.Face.REGULAR);
        BaseFont bold = shared.main(TextStyle.Face.BOLD);
        Font title = new Font(bold, TextStyle.TITLE.size(), Font.NORMAL, Styles.INK);
        Font body = new Font(regular, TextStyle.BODY.size(), Font.NORMAL, Styles.INK);
        Font small = new Font(regular, TextStyle.SMALL.size(), Font.NORMAL, Styles.INK);
        Font smallBold = new Font(bold, TextStyle.SMALL_BOLD.size(), Font.NORMAL, Styles.INK);
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        Document document = new Document(PageSize.A4, 42, 42, 46, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.open();
            document.add(new Paragraph("Ergonomics assessment – Zażółć gęślą jaźń", title));
            for (int i = 0; i < 4; i++) {
                Paragraph p = new Paragraph(SENTENCE.repeat(4), body);
                p.setSpacingAfter(4);
                document.add(p);
            }
            PdfPTable table = new PdfPTable(new float[] {1.25f, 2.35f, 1.25f, 2.35f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            for (int row = 0; row < 24; row++) {
                for (int col = 0; col < 2; col++) {
                    PdfPCell label = new PdfPCell(new Phrase("Factor " + row + "." + col, smallBold));
                    label.setBackgroundColor(Styles.HEADER_TINT);
                    table.addCell(label);
                    table.addCell(new PdfPCell(new Phrase("value " + (row * 7 + col) + " cm, light MEDIUM", small)));
                }
            }
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new ReportException("could not write the bare page", e);
        }
        return out.toByteArray();
    }
}
