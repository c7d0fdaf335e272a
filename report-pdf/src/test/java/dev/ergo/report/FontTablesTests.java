package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import dev.ergo.engine.AssessmentResult;
import dev.ergo.report.internal.spi.FontChain;
import dev.ergo.report.internal.spi.TextStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The quick checks of what a text needs (issue #13): the table of the main font's characters a
 * chain keeps, and the ranges where no character is written right to left, answer exactly as the
 * font and {@link Character#getDirectionality(char)} do.
 */
class FontTablesTests {

    private static BaseFont main(TextStyle.Face face) {
        return new DocumentFonts(null, List.of()).baseFont(face);
    }

    private static boolean slowRightToLeft(char ch) {
        byte d = Character.getDirectionality(ch);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE;
    }

    @Test
    void theTableAgreesWithTheFontForEveryCharacterOfTheBasicPlane() {
        for (TextStyle.Face face : TextStyle.Face.values()) {
            BaseFont main = main(face);
            FontChain chain = FontChain.of(main);
            int covered = 0;
            for (int c = 0; c <= 0xFFFF; c++) {
                if (Character.isSurrogate((char) c)) {
                    continue;
                }
                String s = String.valueOf((char) c);
                boolean exact = FontChain.covers(main, s);
                assertThat(chain.mainCovers(main, s)).as("%s U+%04X", face, c).isEqualTo(exact);
                covered += exact ? 1 : 0;
            }
            assertThat(covered).as(face.name()).isBetween(3000, 60000); // DejaVu Sans has thousands, not all
        }
    }

    @Test
    void textsAcrossBlocksAndBeyondTheBasicPlane() {
        BaseFont main = main(TextStyle.Face.REGULAR);
        FontChain chain = FontChain.of(main);
        assertThat(chain.mainCovers(main, "")).isTrue();
        assertThat(chain.mainCovers(main, "Łódź → Ελλάδα · Москва")).isTrue();
        assertThat(chain.mainCovers(main, "Łódź → 王")).isFalse(); // last character missing
        assertThat(chain.mainCovers(main, "王 Łódź")).isFalse(); // first character missing
        for (String s : List.of("A\uD835\uDC00", "A\uD83D\uDE00", "\uD83D\uDE00A", "ok \uD800")) {
            assertThat(chain.mainCovers(main, s)).as(s).isEqualTo(FontChain.covers(main, s));
        }
    }

    @Test
    void rightToLeftCheckAgreesWithTheJdkForEveryCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            assertThat(FontChain.hasRightToLeft(String.valueOf(ch))).as("U+%04X", c).isEqualTo(slowRightToLeft(ch));
        }
    }

    @Test
    void rightToLeftRangeBoundaries() {
        assertThat(FontChain.hasRightToLeft("\u058F")).isFalse(); // last before Hebrew
        assertThat(FontChain.hasRightToLeft("\u05D0")).isTrue(); // alef
        assertThat(FontChain.hasRightToLeft("\u08FF")).isFalse(); // an Arabic mark, not right to left itself
        assertThat(FontChain.hasRightToLeft("\u0900")).isFalse();
        assertThat(FontChain.hasRightToLeft("\u200E")).isFalse(); // left-to-right mark
        assertThat(FontChain.hasRightToLeft("\u200F")).isTrue(); // right-to-left mark
        assertThat(FontChain.hasRightToLeft("abc \u202E")).isTrue(); // override at the end
        assertThat(FontChain.hasRightToLeft("")).isFalse();
    }

    /**
     * A renderer with its own added font has fonts and chains of its own, whose tables start empty:
     * four threads fill them at the same time, and every PDF equals the one written afterwards.
     */
    @Test
    void tablesFilledByFourThreadsAtOnceGiveTheSameBytes() throws Exception {
        ReportRenderer renderer = ReportRenderer.of(ReportOptions.builder().fixedCreationDate(LocalDate.of(2026, 3, 4))
                .addFont(TinyFont.of("ErgoColdTables", "王", 0)).build());
        List<AssessmentResult> people = List.of(Fixtures.polish(), Fixtures.greek(), Fixtures.allFactors(),
                ScriptsTests.result(new String[] {"Han", "王", "Accounts", "Clerk", "Leeds", "Tom Jones", "Lifting"}));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                AssessmentResult r = people.get(i % people.size());
                futures.add(pool.submit(() -> {
                    start.await();
                    return renderer.employeeReport(r);
                }));
            }
            start.countDown();
            for (int i = 0; i < futures.size(); i++) {
                byte[] pdf = futures.get(i).get(120, TimeUnit.SECONDS);
                assertThat(pdf).as("render %d", i).isEqualTo(renderer.employeeReport(people.get(i % people.size())));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Pdfs.text(renderer.employeeReport(people.get(3)))).contains("Name 王");
    }
}
