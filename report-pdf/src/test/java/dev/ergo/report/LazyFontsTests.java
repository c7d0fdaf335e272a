package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import dev.ergo.engine.AssessmentResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Start-up (issue #13): fonts are parsed when first needed, once, whichever thread asks first. */
class LazyFontsTests {

    /** The bundled fonts as fresh lazy suppliers, so that what one test parses does not hide another's. */
    private static List<SharedFonts.Lazy<BaseFont>> freshBundled() {
        List<SharedFonts.Lazy<BaseFont>> fonts = new ArrayList<>();
        fonts.add(SharedFonts.lazy(() -> SharedFonts.embedded("DejaVuSans.ttf", Resources.font(dev.ergo.report.internal.spi.TextStyle.Face.REGULAR))));
        fonts.add(SharedFonts.lazy(() -> SharedFonts.embedded("DejaVuSans-Bold.ttf", Resources.font(dev.ergo.report.internal.spi.TextStyle.Face.BOLD))));
        for (int i = 0; i < Resources.FALLBACK_FONTS.size(); i++) {
            int index = i;
            fonts.add(SharedFonts.lazy(() -> SharedFonts.embedded(Resources.FALLBACK_FONTS.get(index), Resources.fallbackFont(index))));
        }
        return fonts;
    }

    @Test
    void aTextTheMainFontDrawsParsesNoOtherFont() {
        List<SharedFonts.Lazy<BaseFont>> fonts = freshBundled();
        assertThat(Coverage.undrawable("Zoë Łukasz Ελένη Ольга", fonts, List.of())).isEmpty();
        assertThat(fonts.get(0).created()).isTrue();
        assertThat(fonts.subList(1, fonts.size())).noneMatch(SharedFonts.Lazy::created);
    }

    @Test
    void aCharacterTheMainFontsLackParsesTheFallbacksUpToTheOneThatHasIt() {
        List<SharedFonts.Lazy<BaseFont>> fonts = freshBundled();
        assertThat(Coverage.undrawable("Anna क", fonts, List.of())).isEmpty(); // Devanagari, the first fallback
        assertThat(fonts.subList(0, 3)).allMatch(SharedFonts.Lazy::created);
        assertThat(fonts.subList(3, fonts.size())).noneMatch(SharedFonts.Lazy::created);
        // a character no font has asks every font, and is reported; the same as the shared fonts say
        assertThat(Coverage.undrawable("王 ก", fonts, List.of())).isEqualTo("王").isEqualTo(Coverage.undrawable("王 ก", List.of()));
        assertThat(fonts).allMatch(SharedFonts.Lazy::created);
    }

    @Test
    void aLazyValueIsCreatedOnceAndSeenByEveryThreadThatAsksAtOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        SharedFonts.Lazy<Object> lazy = SharedFonts.lazy(() -> {
            made.incrementAndGet();
            return new Object();
        });
        assertThat(lazy.created()).isFalse();
        assertThat(made).hasValue(0);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> got = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                got.add(pool.submit(() -> {
                    go.await();
                    return lazy.get();
                }));
            }
            go.countDown();
            Object first = got.get(0).get(30, TimeUnit.SECONDS);
            for (Future<Object> f : got) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(made).hasValue(1);
        assertThat(lazy.created()).isTrue();
    }

    @Test
    void preparingOnOtherThreadsWhileReportsAreRenderedChangesNoByte() throws Exception {
        LocalDate date = LocalDate.of(2026, 3, 2);
        AssessmentResult r = ScriptsTests.result(new String[] {"Devanagari", "अनिल शर्मा", "लेखा", "लेखाकार", "मुंबई", "Tom Jones", "Lifting"});
        byte[] reference = ReportRenderer.of(ReportOptions.builder().fixedCreationDate(date).build()).employeeReport(r);
        // new added fonts: a set of shared fonts that nothing has parsed yet
        byte[] han = TinyFont.of("ErgoPrepareHan", "王", 0);
        ReportRenderer renderer = ReportRenderer.of(ReportOptions.builder().fixedCreationDate(date).addFont(han).build());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<byte[]>> reports = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                boolean prepare = i % 2 == 0;
                reports.add(pool.submit(() -> {
                    go.await();
                    if (prepare) {
                        renderer.prepare();
                    }
                    return renderer.employeeReport(r);
                }));
            }
            go.countDown();
            byte[] first = reports.get(0).get(60, TimeUnit.SECONDS);
            for (Future<byte[]> f : reports) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(first);
            }
            assertThat(Pdfs.text(first)).isEqualTo(Pdfs.text(reference));
        } finally {
            pool.shutdownNow();
        }
    }
}
