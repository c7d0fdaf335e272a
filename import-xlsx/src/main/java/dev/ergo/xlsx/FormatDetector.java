package dev.ergo.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.EmptyFileException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Refuses files that are not {@code .xlsx} before they are opened, with one clear sentence. */
final class FormatDetector {
    private FormatDetector() {}

    static final String LEGACY_XLS =
            "the file is an old Excel 97-2003 workbook (.xls); open it in your spreadsheet program and save it as .xlsx";
    static final String TEXT =
            "the file is text (for example CSV), not an Excel workbook; open it in your spreadsheet program and save it as .xlsx";
    static final String EMPTY = "the file is empty; it is not an Excel workbook";
    static final String OTHER = "the file is not an Excel workbook (.xlsx)";
    static final String ZIP_NOT_WORKBOOK = "the file is a zip archive but not an Excel workbook (.xlsx)";

    /**
     * Checks that the file looks like an OOXML package.
     *
     * @param file the file, existing
     * @throws UnsupportedFormatException for anything but an OOXML zip
     * @throws EncryptedWorkbookException for a password-protected workbook
     * @throws IOException if the file cannot be read
     */
    static void requireXlsx(Path file) throws IOException {
        FileMagic magic;
        byte[] head;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            in.mark(512);
            head = in.readNBytes(512);
            in.reset();
            magic = FileMagic.valueOf(in);
        } catch (EmptyFileException e) {
            throw new UnsupportedFormatException(EMPTY);
        }
        if (head.length == 0) {
            throw new UnsupportedFormatException(EMPTY);
        }
        switch (magic) {
            case OOXML -> checkZip(file);
            case OLE2 -> checkOle2(file);
            case BIFF2, BIFF3, BIFF4 -> throw new UnsupportedFormatException(LEGACY_XLS);
            case XML -> throw new UnsupportedFormatException(
                    "the file is an XML file, not an .xlsx workbook; open it in your spreadsheet program and save it as .xlsx");
            case HTML -> throw new UnsupportedFormatException(
                    "the file is a web page (HTML), not an .xlsx workbook; open it in your spreadsheet program and save it as .xlsx");
            case PDF -> throw new UnsupportedFormatException("the file is a PDF document, not an Excel workbook (.xlsx)");
            default -> throw new UnsupportedFormatException(looksLikeText(head) ? TEXT : OTHER);
        }
    }

    /** A zip whose central directory cannot be read is damaged or cut off; one without content types is no OOXML. */
    private static void checkZip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new UnsupportedFormatException(ZIP_NOT_WORKBOOK);
            }
        } catch (ZipException e) {
            throw new UnsupportedFormatException(ImportRun.DAMAGED, e);
        }
    }

    private static void checkOle2(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
                throw new EncryptedWorkbookException();
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                throw new UnsupportedFormatException(LEGACY_XLS);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw new UnsupportedFormatException("the file is a damaged Office document, not a readable .xlsx workbook", e);
        }
        throw new UnsupportedFormatException("the file is another kind of Office document, not an Excel workbook (.xlsx)");
    }

    /** Text: no NUL bytes and mostly printable characters in the first bytes (UTF-8 or Latin-1). */
    private static boolean looksLikeText(byte[] head) {
        int printable = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                printable++;
            }
        }
        return printable >= head.length * 0.95;
    }
}
