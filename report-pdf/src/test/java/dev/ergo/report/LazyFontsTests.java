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
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Start-up (issue #13): fonts are parsed when first needed, once, whichever thread asks first. */
class LazyFontsTests {

    /**
     * The chain the reports use, DejaVu Sans regular and bold (parsed by every renderer) and then the
     * bundled fallback fonts made anew by the production factory, so that what one test parses does not
     * hide another's.
     */
    private record Chain(List<Supplier<BaseFont>> all, List<SharedFonts.Lazy<BaseFont>> fallbacks) {
        static Chain fresh() {
            List<SharedFonts.Lazy<BaseFont>> fallbacks = SharedFonts.newFallbacks();
            List<Supplier<BaseFont>> all = new ArrayList<>(SharedFonts.bundledFonts().subList(0, 2));
            all.addAll(fallbacks);
            return new Chain(all, fallbacks);
        }
    }

    @Test
    void theSharedChainIsDejaVuThenTheFallbacksInOrder() {
        List<Supplier<BaseFont>> shared = SharedFonts.bundledFonts();
        assertThat(shared).hasSize(2 + Resources.FALLBACK_FONTS.size());
        assertThat(Resources.FALLBACK_FONTS.get(0)).startsWith("NotoSansDevanagari");
    }

    @Test
    void aTextTheMainFontDrawsParsesNoFallbackFont() {
        Chain chain = Chain.fresh();
        assertThat(Coverage.undrawable("Zoë Łukasz Ελένη Ольга", chain.all(), List.of())).isEmpty();
        assertThat(chain.fallbacks()).noneMatch(SharedFonts.Lazy::created);
    }

    @Test
    void aCharacterTheMainFontsLackParsesTheFallbacksUpToTheOneThatHasIt() {
        Chain chain = Chain.fresh();
        assertThat(Coverage.undrawable("Anna क", chain.all(), List.of())).isEmpty(); // Devanagari, the first fallback
        assertThat(chain.fallbacks().get(0).created()).isTrue();
        assertThat(chain.fallbacks().subList(1, chain.fallbacks().size())).noneMatch(SharedFonts.Lazy::created);
        // a character no font has asks every font, and is reported; the same as the shared fonts say
        assertThat(Coverage.undrawable("王 ก", chain.all(), List.of())).isEqualTo("王")
                .isEqualTo(Coverage.undrawable("王 ก", List.of()));
        assertThat(chain.fallbacks()).allMatch(SharedFonts.Lazy::created);
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
