package dev.ergo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.AssessmentResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTests {

    @Test
    void fourThreadsRenderValidAndIdenticalPdfs() throws Exception {
        ReportRenderer renderer = ReportRenderer.of(
                ReportOptions.builder().fixedCreationDate(LocalDate.of(2026, 3, 5)).build());
        List<AssessmentResult> results = List.of(Fixtures.polish(), Fixtures.greek(), Fixtures.bronte(),
                Fixtures.employeeOnly());
        List<byte[]> expected = results.stream().map(renderer::employeeReport).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                AssessmentResult r = results.get(i % results.size());
                futures.add(pool.submit(() -> {
                    start.await();
                    return renderer.employeeReport(r);
                }));
            }
            start.countDown();
            for (int i = 0; i < futures.size(); i++) {
                byte[] pdf = futures.get(i).get(60, TimeUnit.SECONDS);
                AssessmentResult r = results.get(i % results.size());
                assertThat(Pdfs.text(pdf)).contains("Employee ID " + r.employee().id(), "Page 1 of");
                assertThat(pdf).isEqualTo(expected.get(i % results.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
