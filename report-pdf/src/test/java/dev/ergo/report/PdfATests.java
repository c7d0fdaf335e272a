package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.gf.model.GFModelParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;

/** PDF/A-1b: checked with veraPDF on a handful of reports, and the output intent with PDFBox. */
class PdfATests {
    static final ReportRenderer PDFA = ReportRenderer.of(ReportOptions.builder().pdfA(true)
            .organisation("Acme Ltd").fixedCreationDate(LocalDate.of(2026, 3, 5)).build());

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static void assertPdfA1b(byte[] pdf) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString("1b");
        try (GFModelParser parser = GFModelParser.createModelWithFlavour(new ByteArrayInputStream(pdf), flavour)) {
            ValidationResult r = ValidatorFactory.createValidator(flavour, false, 20).validate(parser);
            assertThat(r.isCompliant()).as(() -> failures(r)).isTrue();
        }
    }

    static String failures(ValidationResult r) {
        return r.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().collect(Collectors.joining("\n"));
    }

    @Test
    void employeeReportsPassVeraPdf() throws Exception {
        assertPdfA1b(PDFA.employeeReport(Fixtures.polish()));
        assertPdfA1b(PDFA.employeeReport(Fixtures.employeeOnly()));
    }

    @Test
    void reportsWithOtherScriptsAndAnAddedFontPassVeraPdf() throws Exception {
        ReportRenderer renderer = ReportRenderer.of(PDFA.options().toBuilder()
                .addFont(TinyFont.of("ErgoTestHan", "王小明", 0)).build());
        for (String[] s : ScriptsTests.bundledScripts()) {
            assertPdfA1b(renderer.employeeReport(ScriptsTests.result(s)));
        }
        assertPdfA1b(renderer.employeeReport(ScriptsTests.result(
                new String[] {"Han", "王小明", "経理部", "Accountant", "東京", "Anna Nowak", "箱"})));
    }

    @Test
    void plainReportsAreNotClaimedAsPdfA() throws Exception {
        byte[] plain = ReportRenderer.of(PDFA.options().toBuilder().pdfA(false).build())
                .employeeReport(Fixtures.polish());
        PDFAFlavour flavour = PDFAFlavour.fromString("1b");
        try (GFModelParser parser = GFModelParser.createModelWithFlavour(new ByteArrayInputStream(plain), flavour)) {
            assertThat(ValidatorFactory.createValidator(flavour, false, 20).validate(parser).isCompliant()).isFalse();
        }
    }

    @Test
    void summaryPassesVeraPdf() throws Exception {
        assertPdfA1b(PDFA.summaryReport(List.of(Fixtures.polish(), Fixtures.bronte(), Fixtures.allFactors()),
                new SummaryInfo("Summary", LocalDate.of(2026, 3, 5), "w.xlsx", 2, 0, 0)));
    }

    @Test
    void carriesXmpIdentificationAndTheShippedSrgbOutputIntent() throws IOException {
        byte[] pdf = PDFA.employeeReport(Fixtures.greek());

        assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.4");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")1").containsPattern("pdfaid:conformance(>|=\")B")
                    .contains("Ergonomics assessment – employee E-1002");
            List<PDOutputIntent> intents = d.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            try (java.io.InputStream icc = intents.get(0).getDestOutputIntent().createInputStream()) {
                assertThat(icc.readAllBytes()).isEqualTo(Resources.srgbProfile());
            }
            assertThat(d.getDocumentCatalog().getCOSObject().getString(COSName.LANG)).isEqualTo("en");
        }
    }

    @Test
    void pdfAIsDeterministicToo() {
        assertThat(PDFA.employeeReport(Fixtures.polish())).isEqualTo(PDFA.employeeReport(Fixtures.polish()));
    }
}
