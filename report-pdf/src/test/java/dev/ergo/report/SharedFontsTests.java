package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.report.internal.spi.FontChain;
import dev.ergo.report.internal.spi.TextStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fonts are parsed once per JVM and shared by all documents and threads (issue #13): the bytes of
 * a report do not depend on what else is rendered, before or at the same time, nor on how many threads.
 */
class SharedFontsTests {
    private static final LocalDate DATE = LocalDate.of(2026, 3, 2);

    @Test
    void documentsShareTheFontsParsedOnce() {
        DocumentFonts a = new DocumentFonts("a", List.of());
        DocumentFonts b = new DocumentFonts(null, List.of());
        for (TextStyle.Face face : TextStyle.Face.values()) {
            assertThat(b.baseFont(face)).as(face.name()).isSameAs(a.baseFont(face));
        }
        BaseFont devanagari = FontChain.of(a.baseFont(TextStyle.Face.REGULAR)).fallbackFor('क');
        assertThat(devanagari).isNotNull().isSameAs(FontChain.of(b.baseFont(TextStyle.Face.BOLD)).fallbackFor('क'));
        assertThat(FontChain.of(a.baseFont(TextStyle.Face.REGULAR)).fallbackFor('王')).isNull();
    }

    @Test
    void addedFontsGetTheirOwnChainAndShareTheBundledFallbacks() {
        AddedFont han = AddedFont.of(TinyFont.of("ErgoSharedHan", "王", 0), "the font");
        DocumentFonts plain = new DocumentFonts(null, List.of());
        DocumentFonts one = new DocumentFonts(null, List.of(han));
        DocumentFonts again = new DocumentFonts(null, List.of(AddedFont.of(TinyFont.of("ErgoSharedHan", "王", 0), "again")));
        BaseFont main = one.baseFont(TextStyle.Face.REGULAR);
        assertThat(main).isNotSameAs(plain.baseFont(TextStyle.Face.REGULAR)).isSameAs(again.baseFont(TextStyle.Face.REGULAR));
        assertThat(FontChain.of(main).fallbackFor('王')).isNotNull()
                .isSameAs(FontChain.of(again.baseFont(TextStyle.Face.BOLD)).fallbackFor('王'));
        assertThat(FontChain.of(main).fallbackFor('ก')).isSameAs(FontChain.of(plain.baseFont(TextStyle.Face.REGULAR)).fallbackFor('ก'));
    }

    @Test
    void beyondTheCacheLimitFontsAreParsedPerDocumentAndStillWork() {
        List<ReportRenderer> renderers = new ArrayList<>();
        for (int i = 0; i <= SharedFonts.MAX_CACHED; i++) {
            renderers.add(ReportRenderer.of(ReportOptions.builder().fixedCreationDate(DATE)
                    .addFont(TinyFont.of("ErgoMany" + i, "王", 0)).build()));
        }
        AssessmentResult r = ScriptsTests.result(new String[] {"Han", "王", "Accounts", "Clerk", "Leeds", "Tom Jones", "Lifting"});
        for (ReportRenderer renderer : renderers) {
            byte[] pdf = renderer.employeeReport(r);
            assertThat(Pdfs.text(pdf)).contains("Name 王");
            assertThat(renderer.employeeReport(r)).isEqualTo(pdf);
        }
    }

    /** Every kind of report this module writes, with every bundled script, an added font and PDF/A. */
    private static List<Render> renders() {
        ReportRenderer plain = ReportRenderer.of(ReportOptions.builder().fixedCreationDate(DATE).build());
        ReportRenderer pdfA = ReportRenderer.of(ReportOptions.builder().fixedCreationDate(DATE).pdfA(true).build());
        ReportRenderer added = ReportRenderer.of(ReportOptions.builder().fixedCreationDate(DATE)
                .addFont(TinyFont.of("ErgoSharedCjk", "王小明経理部東京箱を運ぶ", 0)).build());
        List<AssessmentResult> people = new ArrayList<>(List.of(Fixtures.polish(), Fixtures.greek(), Fixtures.bronte(),
                Fixtures.employeeOnly(), Fixtures.allFactors(), Fixtures.lifterOnly(), Fixtures.vibrationOnly(),
                Fixtures.withManyRecommendations(30)));
        ScriptsTests.bundledScripts().forEach(s -> people.add(ScriptsTests.result(s)));
        AssessmentResult han = ScriptsTests.result(new String[] {"Han", "王小明", "経理部", "Accountant", "東京", "Anna Nowak", "箱を運ぶ"});
        List<Render> renders = new ArrayList<>();
        for (AssessmentResult p : people) {
            renders.add(new Render(p.employee().id(), () -> plain.employeeReport(p)));
            renders.add(new Render(p.employee().id() + " PDF/A", () -> pdfA.employeeReport(p)));
        }
        renders.add(new Render("added font", () -> added.employeeReport(han)));
        renders.add(new Render("added font PDF/A", () -> pdfA.employeeReport(han)));
        renders.add(new Render("summary", () -> plain.summaryReport(people,
                new SummaryInfo("Summary", DATE, "survey.xlsx", people.size(), 0, 0))));
        return renders;
    }

    private record Render(String name, java.util.concurrent.Callable<byte[]> call) {}

    @Test
    void oneThreadAndFourThreadsWriteByteIdenticalPdfs() throws Exception {
        List<Render> renders = renders();
        List<byte[]> single = new ArrayList<>();
        for (Render r : renders) {
            single.add(r.call().call());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 2; round++) {
                List<Integer> order = new ArrayList<>(Stream.iterate(0, i -> i + 1).limit(renders.size()).toList());
                Collections.shuffle(order, new java.util.Random(round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<byte[]>> futures = new ArrayList<>(Collections.nCopies(renders.size(), null));
                for (int i : order) {
                    futures.set(i, pool.submit(() -> {
                        start.await();
                        return renders.get(i).call().call();
                    }));
                }
                start.countDown();
                for (int i = 0; i < renders.size(); i++) {
                    assertThat(futures.get(i).get(120, TimeUnit.SECONDS)).as(renders.get(i).name() + ", round " + round)
                            .isEqualTo(single.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void subsetPrefixesFollowTheDocumentNotWhatWasRenderedBefore() {
        ReportRenderer renderer = ReportRenderer.of(ReportOptions.builder().fixedCreationDate(DATE).build());
        List<String> polish = Pdfs.fonts(renderer.employeeReport(Fixtures.polish()));
        List<String> greek = Pdfs.fonts(renderer.employeeReport(Fixtures.greek()));
        assertThat(Pdfs.fonts(renderer.employeeReport(Fixtures.polish()))).isEqualTo(polish);
        assertThat(polish).allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+DejaVuSans.*embedded=true"));
        assertThat(polish.get(0).substring(0, 6)).isNotEqualTo(greek.get(0).substring(0, 6));
    }

    @Test
    void withoutAFixedDateSubsetPrefixesStayRandom() {
        ReportRenderer renderer = ReportRenderer.of(ReportOptions.DEFAULT);
        List<String> first = Pdfs.fonts(renderer.employeeReport(Fixtures.polish()));
        List<String> second = Pdfs.fonts(renderer.employeeReport(Fixtures.polish()));
        assertThat(first).allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+DejaVuSans.*embedded=true"));
        assertThat(first.get(0).substring(0, 6)).isNotEqualTo(second.get(0).substring(0, 6));
    }

    @Test
    void sharedFontsStaySubsetsInEveryDocument() throws Exception {
        // DejaVu Sans is 740 KB and Noto Sans Devanagari 229 KB: each report embeds only the glyphs it uses
        // (bounds with room for zlib level 1; a whole DejaVu Sans alone would add over 300 KB)
        for (Render r : renders()) {
            byte[] pdf = r.call().call();
            assertThat(pdf.length).as(r.name()).isLessThan(r.name().equals("summary") ? 170_000 : 135_000);
        }
    }
}
