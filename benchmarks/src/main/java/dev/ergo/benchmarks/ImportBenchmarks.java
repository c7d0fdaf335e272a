package dev.ergo.benchmarks;

import dev.ergo.model.EmployeeSurvey;
import dev.ergo.xlsx.ImportResult;
import dev.ergo.xlsx.SpooledImport;
import dev.ergo.xlsx.SurveyImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reading the same generated workbook (default 100 000 employees, every sheet) three ways, in one run:
 * ergo's importer (cells to validated surveys, kept in memory or spooled as {@code ergo assess} reads
 * them), fastexcel-reader (every cell's text) and POI's streaming
 * reader with a plain SAX handler (every cell's formatted text). The ratio of the first to the others is
 * what counts; on a busy 2-core machine the absolute times move.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ImportBenchmarks} ({@code -p employees=10000}
 * for a quicker look).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ImportBenchmarks {
    /** Employees in the generated workbook. */
    @Param("100000")
    public int employees;

    private Path workbook;

    /** Generates the workbook. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        workbook = Files.createTempFile("ergo-import-bench", ".xlsx");
        GenerateWorkbook.write(workbook, employees);
    }

    /** Removes the workbook. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(workbook);
    }

    /** @return the workbook imported into surveys, validated, with problems */
    @Benchmark
    public ImportResult ergoImporter() {
        return SurveyImporter.create().read(workbook);
    }

    /**
     * The importer as {@code ergo assess} uses it: surveys spooled to a temporary file while the workbook
     * is read, then read back one by one, so the heap holds none of them at the end.
     */
    @Benchmark
    public void ergoImporterSpooled(Blackhole bh) {
        try (SpooledImport imported = SurveyImporter.create().readSpooled(workbook)) {
            for (EmployeeSurvey survey : imported) {
                bh.consume(survey);
            }
            bh.consume(imported.problems());
        }
    }

    /** Every cell's raw text with fastexcel-reader. */
    @Benchmark
    public void fastexcelReader(Blackhole bh) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(workbook.toFile(), new ReadingOptions(false, false))) {
            wb.getSheets().forEach(sheet -> {
                try (Stream<Row> rows = sheet.openStream()) {
                    rows.forEach(row -> {
                        for (Cell c : row) {
                            if (c != null) {
                                bh.consume(c.getRawValue());
                            }
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Every cell's formatted text with POI's streaming reader ({@code XSSFReader}) and a plain SAX handler. */
    @Benchmark
    public void poiStreamingSax(Blackhole bh) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            DataFormatter formatter = new DataFormatter();
            XSSFSheetXMLHandler.SheetContentsHandler cells = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {}

                @Override
                public void endRow(int rowNum) {}

                @Override
                public void cell(String ref, String value, XSSFComment comment) {
                    bh.consume(value);
                }
            };
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader xr = saxReader();
                    xr.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, cells,
                            formatter, false));
                    xr.parse(new InputSource(sheet));
                }
            }
        }
    }

    private static XMLReader saxReader() throws SAXException, ParserConfigurationException {
        return XMLHelper.newXMLReader();
    }
}
