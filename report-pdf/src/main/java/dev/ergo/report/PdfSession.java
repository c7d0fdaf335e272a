package dev.ergo.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.ergo.model.text.Texts;
import dev.ergo.report.internal.spi.ReportContext;
import dev.ergo.report.internal.spi.TextStyle;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * One PDF being written: the OpenPDF document and writer, its fonts, page furniture, metadata and
 * the steps that make the output deterministic or PDF/A-1b. Not thread-safe; one per report.
 */
final class PdfSession implements ReportContext {
    /** Part of every deterministic file id: change it when the layout changes. */
    static final String TEMPLATE_VERSION = "ergo-report-pdf/0.1";
    static final String CREATOR = "ergo report-pdf 0.1";
    /**
     * zlib level of page contents and font subsets: fastest, measured 10–13 % less CPU per report
     * than the default (6) for 8 % larger files.
     */
    static final int ZLIB_LEVEL = java.util.zip.Deflater.BEST_SPEED;

    private static final float MARGIN_SIDE = 42f;
    private static final float MARGIN_TOP = 46f;
    private static final float MARGIN_BOTTOM = 48f;

    private final ReportOptions options;
    private final Document document;
    private final PdfWriter writer;
    private final DocumentFonts fonts;
    private final String key;
    private final String subject;
    private final LocalDate generatedDate;
    private final Texts texts;

    /**
     * Opens a document.
     *
     * @param key a stable key of the report (employee id, summary title and date): seeds the file id
     *     and font subset prefixes in deterministic mode
     * @param texts the words of the report's language
     */
    PdfSession(ReportOptions options, Texts texts, OutputStream out, String key, String title, String subject,
            PageDecorator.PageText pageText) {
        this.options = options;
        this.texts = texts;
        this.key = key;
        this.subject = subject;
        LocalDate fixed = options.fixedCreationDate();
        this.generatedDate = fixed != null ? fixed : LocalDate.now();
        this.fonts = new DocumentFonts(fixed != null ? TEMPLATE_VERSION + "|" + key : null, options.addedFonts());
        this.document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            this.writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setCompressionLevel(ZLIB_LEVEL);
            if (options.pdfA()) {
                writer.setPDFXConformance(PdfWriter.PDFA1B);
            }
            writer.setPageEvent(new PageDecorator(fonts, texts,
                    pageText.withFooterRight(texts.text("page.generated", "date", generatedDate))));
            document.addTitle(title);
            document.addSubject(subject);
            String org = options.organisation();
            document.addAuthor(org != null ? org : "ergo");
            document.addCreator(CREATOR);
            document.open();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.locale().toLanguageTag()));
            if (options.pdfA()) {
                addSrgbOutputIntent();
            }
        } catch (DocumentException | IOException | ExceptionConverter e) {
            throw new ReportException("could not start the PDF: " + subject, e);
        }
    }

    /**
     * Adds the PDF/A output intent with the shipped profile bytes as they are. (OpenPDF's own
     * {@code setOutputIntents(…, byte[])} passes them through {@code java.awt.color.ICC_Profile},
     * whose colour engine re-serialises the profile differently from one JDK to another.)
     */
    private void addSrgbOutputIntent() throws IOException {
        PdfStream icc = new PdfStream(Resources.srgbProfile());
        icc.put(PdfName.N, new PdfNumber(3));
        icc.put(PdfName.ALTERNATE, PdfName.DEVICERGB);
        icc.flateCompress(PdfStream.BEST_COMPRESSION);
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(icc).getIndirectReference());
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    LocalDate generatedDate() {
        return generatedDate;
    }

    ReportOptions options() {
        return options;
    }

    /** Finishes the document: fixed dates and file id when deterministic, XMP last, then close. */
    void close() {
        try {
            PdfDictionary info = writer.getInfo();
            LocalDate fixed = options.fixedCreationDate();
            if (fixed != null) {
                Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
                c.clear();
                c.set(fixed.getYear(), fixed.getMonthValue() - 1, fixed.getDayOfMonth());
                PdfDate date = new PdfDate(c);
                info.put(PdfName.CREATIONDATE, date);
                info.put(PdfName.MODDATE, date);
                byte[] id = Arrays.copyOf(DocumentFonts.sha256(TEMPLATE_VERSION + "|" + key), 16);
                info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            } else {
                PdfObject created = info.get(PdfName.CREATIONDATE);
                if (created != null) {
                    info.put(PdfName.MODDATE, created);
                }
            }
            writer.createXmpMetadata(); // built from the info dictionary, so after it is final
            fonts.closing(document::close);
        } catch (ExceptionConverter e) {
            throw new ReportException("could not finish the PDF: " + subject, e);
        }
    }

    @Override
    public Texts texts() {
        return texts;
    }

    @Override
    public Font font(TextStyle style) {
        return fonts.font(style);
    }

    @Override
    public Font font(TextStyle style, Color colour) {
        return new Font(fonts.baseFont(style.face()), style.size(), Font.NORMAL, colour);
    }

    @Override
    public BaseFont baseFont(TextStyle.Face face) {
        return fonts.baseFont(face);
    }

    @Override
    public void add(Element element) {
        try {
            document.add(Scripts.prepare(element));
        } catch (DocumentException | ExceptionConverter e) {
            throw new ReportException("could not lay out the PDF: " + subject, e);
        }
    }

    @Override
    public void needSpace(float points) {
        if (writer.getVerticalPosition(false) - document.bottom() < points) {
            document.newPage();
        }
    }

    /** Starts a new page unless the current one is still empty. */
    void newPage() {
        document.newPage();
    }

    @Override
    public PdfTemplate template(float width, float height) {
        return writer.getDirectContent().createTemplate(width, height);
    }

    @Override
    public float contentWidth() {
        return document.right() - document.left();
    }
}
