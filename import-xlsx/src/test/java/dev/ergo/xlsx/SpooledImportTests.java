package dev.ergo.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ergo.model.EmployeeSurvey;
import dev.ergo.model.SourceRow;
import dev.ergo.model.posture.Side;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spooled import gives the surveys of the in-memory import, in workbook order, and deletes its
 * temporary file. (Every importer test reading through {@link Fixtures#read} checks the same.)
 */
class SpooledImportTests {
    @TempDir
    Path dir;

    @Test
    void sampleWorkbookStreamsTheSameSurveysTwice() {
        ImportResult inMemory = Fixtures.IMPORTER.read(SampleWorkbookTests.COMMITTED);
        try (SpooledImport spooled = Fixtures.IMPORTER.readSpooled(SampleWorkbookTests.COMMITTED)) {
            List<EmployeeSurvey> first = new ArrayList<>();
            spooled.forEach(first::add);
            List<EmployeeSurvey> second = new ArrayList<>();
            spooled.forEach(second::add);
            assertThat(first).isEqualTo(inMemory.surveys()).isEqualTo(second);
            assertThat(spooled.problems()).isEqualTo(inMemory.problems());
            assertThat(spooled.sheets()).isEqualTo(inMemory.sheets());
        }
        // the sample's duplicate id, unknown id and rejected factor rows are all there
        assertThat(inMemory.problems()).extracting(ImportProblem::message)
                .anyMatch(m -> m.contains("already appears on row"))
                .anyMatch(m -> m.contains("is not on the Employees sheet"));
        assertThat(inMemory.surveys()).anyMatch(s -> !s.rejectedRows().isEmpty());
    }

    @Test
    void generatedWorkbookStreamsTheSameSurveys() throws Exception {
        Path file = dir.resolve("large.xlsx");
        LargeWorkbookGenerator.write(file, 1_500);
        ImportResult r = Fixtures.read(file); // compares with the spooled import
        assertThat(r.surveys()).hasSize(1_500);
        assertThat(r.surveys().stream().mapToInt(s -> s.sections().size()).sum()).isGreaterThan(1_500);
    }

    @Test
    void closeDeletesTheSpoolOnceAndIterationAfterItFails() {
        SpooledImport spooled = Fixtures.IMPORTER.readSpooled(SampleWorkbookTests.COMMITTED);
        Path spool = spooled.spoolFile();
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(spool).doesNotExist(); // unlinked while open: a killed run leaves nothing
            assertThat(spool.getParent()).doesNotExist();
        }
        Iterator<EmployeeSurvey> it = spooled.iterator();
        it.next();
        it.next(); // still readable
        spooled.close();
        assertThat(spool).doesNotExist();
        assertThat(spool.getParent()).doesNotExist();
        spooled.close();
        assertThatThrownBy(it::next).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> spooled.iterator().next()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void emptyEmployeesSheetGivesNoSurveys() {
        TestBook book = TestBook.create();
        book.sheet("Employees", Fixtures.employees());
        try (SpooledImport spooled = Fixtures.IMPORTER.readSpooled(book.write(dir))) {
            assertThat(spooled.employees()).isZero();
            assertThat(spooled.iterator().hasNext()).isFalse();
        }
    }

    /** Every value type the row mapper gives. */
    record AllTypes(String text, Double number, Integer count, Boolean yes, Boolean no, Side side, LocalDate date,
            Locale language, SourceRow origin, double primitive, String absent) {}

    @Test
    void codecRebuildsEveryValueType() {
        RecordCodec codec = new RecordCodec();
        AllTypes a = new AllTypes("Łódź ✓ " + "x".repeat(70_000), -0.0, Integer.MIN_VALUE, true, false, Side.RIGHT,
                LocalDate.of(1899, 12, 31), Locale.forLanguageTag("pl"), SourceRow.of("Postures", 1_048_576),
                Double.MAX_VALUE, null);
        AllTypes b = new AllTypes("", Double.NaN, 0, null, null, Side.LEFT, LocalDate.of(9999, 1, 1),
                Locale.GERMAN, SourceRow.of("Employees", 1), -1.5, "");
        for (AllTypes r : List.of(a, b)) {
            int n = codec.encode(r);
            Object back = codec.decode(ByteBuffer.wrap(Arrays.copyOf(codec.bytes(), n)));
            assertThat(back).isEqualTo(r);
        }
    }

    record Unsupported(List<String> list) {}

    @Test
    void codecRefusesOtherValueTypes() {
        assertThatThrownBy(() -> new RecordCodec().encode(new Unsupported(List.of("a"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot store");
    }

    @Test
    void logForgetsTruncatedRecordsAndGroupsByEmployeeInOrder() throws Exception {
        for (RecordLog log : List.of(RecordLog.inMemory(), RecordLog.spooled(java.nio.file.Files.createDirectory(
                dir.resolve("spool"))))) {
            try (log) {
                log.add(0, SourceRow.of("Employees", 2));
                log.add(1, SourceRow.of("Employees", 3));
                log.add(1, SourceRow.of("ROSA", 9));
                log.truncate(1); // a sheet read again
                log.add(1, SourceRow.of("Employees", 4));
                log.add(0, SourceRow.of("ROSA", 2));
                log.add(2, SourceRow.of("Employees", 5));
                log.add(0, SourceRow.of("ROSA", 3));
                log.finish(3);
                assertThat(log.records(0)).containsExactly(SourceRow.of("Employees", 2), SourceRow.of("ROSA", 2),
                        SourceRow.of("ROSA", 3));
                assertThat(log.records(1)).containsExactly(SourceRow.of("Employees", 4));
                assertThat(log.records(2)).containsExactly(SourceRow.of("Employees", 5));
            }
            assertThat(log.file() == null || !java.nio.file.Files.exists(log.file())).isTrue();
        }
    }

    /** Offsets from {@code narrowLimit} on are kept as longs (past 2 GB of spool); records read back alike. */
    private static void readsBackWithOffsetsWideFrom(Path folder, long narrowLimit) throws Exception {
        try (RecordLog log = RecordLog.spooled(folder, narrowLimit)) {
            for (int row = 2; row < 8; row++) {
                log.add(row % 2, SourceRow.of("Employees", row));
            }
            log.finish(2);
            assertThat(log.records(0)).containsExactly(SourceRow.of("Employees", 2), SourceRow.of("Employees", 4),
                    SourceRow.of("Employees", 6));
            assertThat(log.records(1)).containsExactly(SourceRow.of("Employees", 3), SourceRow.of("Employees", 5),
                    SourceRow.of("Employees", 7));
        }
    }

    /** The spooled size of one of the records above (all the same size), its length included. */
    private static long recordSize() {
        return RecordLog.LENGTH_BYTES + new RecordCodec().encode(SourceRow.of("Employees", 2));
    }

    record Note(String text) {}

    /** A note whose spooled size, its length included, is {@code size} bytes. */
    private static Note noteOfSize(int size) {
        int empty = RecordLog.LENGTH_BYTES + new RecordCodec().encode(new Note(""));
        return new Note("n".repeat(size - empty));
    }

    @Test
    void recordsAroundTheSizeOfOneReadComeBackWhole() throws Exception {
        List<Note> notes = List.of(noteOfSize(RecordLog.HEAD - 1), noteOfSize(RecordLog.HEAD),
                noteOfSize(RecordLog.HEAD + 1), new Note("ü".repeat(100_000)), noteOfSize(RecordLog.HEAD + 1),
                new Note("last"));
        assertSpooledBack("sizes", notes, 1);
    }

    /** Spools the notes as one employee's records and reads them back {@code reads} times, each time whole. */
    private void assertSpooledBack(String folder, List<Note> notes, int reads) throws Exception {
        try (RecordLog log = RecordLog.spooled(java.nio.file.Files.createDirectory(dir.resolve(folder)))) {
            for (Note n : notes) {
                log.add(0, n);
            }
            log.finish(1);
            for (int i = 0; i < reads; i++) {
                assertThat(log.records(0)).containsExactlyElementsOf(notes); // then from the kept blocks
            }
        }
    }

    /**
     * Records are read a block at a time: a record whose length straddles a block's end, one that runs
     * past it, one that ends exactly at it and one larger than a block come back whole.
     */
    @Test
    void recordsAroundTheEndsOfReadBlocksComeBackWhole() throws Exception {
        int block = RecordLog.READ_BLOCK;
        List<Note> notes = List.of(
                noteOfSize(block - 2), // the next record's length starts 2 bytes before the first block's end
                noteOfSize(100), // ... and the record runs 98 bytes into the second block
                noteOfSize(block - 98), // ends exactly at the second block's end
                noteOfSize(2 * block + 5), // larger than a block
                new Note("last"));
        assertSpooledBack("block-ends", notes, 2);
    }

    /**
     * Each employee has a record in each of more places of the spool than blocks are kept (as a workbook
     * with many sheets): read in order, backwards and at random, every employee's records come back.
     */
    @Test
    void employeesSpreadOverMorePlacesThanBlocksKeptComeBackWhole() throws Exception {
        int employees = 100;
        int places = RecordLog.READ_BLOCKS * 2 + 3;
        try (RecordLog log = RecordLog.spooled(java.nio.file.Files.createDirectory(dir.resolve("places")))) {
            List<List<Object>> expected = new ArrayList<>();
            for (int e = 0; e < employees; e++) {
                expected.add(new ArrayList<>());
            }
            for (int place = 0; place < places; place++) {
                for (int e = 0; e < employees; e++) {
                    Note n = new Note(place + "/" + e + "/" + "x".repeat(1_500 + 37 * e));
                    log.add(e, n);
                    expected.get(e).add(n);
                }
            }
            log.finish(employees);
            readsBackInOrderBackwardsAndAtRandom(log, expected, 17L);
        }
    }

    /**
     * Past the index's chunk size, with a sheet read again across a chunk boundary and offsets wide from
     * the middle of a chunk on, every employee's records come back in the order added.
     */
    @Test
    void manyRecordsAcrossChunksComeBackGroupedInOrder() throws Exception {
        int employees = 7;
        // record j of the adds (the forgotten ones counted) starts at j * recordSize(); wide from add 20 001 on
        try (RecordLog log = RecordLog.spooled(java.nio.file.Files.createDirectory(dir.resolve("chunks")),
                20_001 * recordSize())) {
            List<List<Object>> expected = new ArrayList<>();
            for (int e = 0; e < employees; e++) {
                expected.add(new ArrayList<>());
            }
            for (int i = 0; i < 17_000; i++) {
                log.add(i % employees, SourceRow.of("ROSA", i + 2));
            }
            log.truncate(16_000); // below the first chunk's end at 16 384
            for (int i = 0; i < 16_000; i++) {
                expected.get(i % employees).add(SourceRow.of("ROSA", i + 2));
            }
            for (int i = 16_000; i < 45_000; i++) {
                log.add(i % employees, SourceRow.of("Postures", i + 2));
                expected.get(i % employees).add(SourceRow.of("Postures", i + 2));
            }
            log.finish(employees);
            for (int e = 0; e < employees; e++) {
                assertThat(log.records(e)).containsExactlyElementsOf(expected.get(e));
            }
        }
    }

    @Test
    void aRecordStartingAtTheNarrowLimitGetsALongOffset() throws Exception {
        readsBackWithOffsetsWideFrom(java.nio.file.Files.createDirectory(dir.resolve("at")), 2 * recordSize());
    }

    @Test
    void aRecordStartingJustBelowTheNarrowLimitKeepsAnIntOffset() throws Exception {
        readsBackWithOffsetsWideFrom(java.nio.file.Files.createDirectory(dir.resolve("below")), 2 * recordSize() + 1);
    }

    @Test
    void offsetsAllWideFromTheFirstRecord() throws Exception {
        readsBackWithOffsetsWideFrom(java.nio.file.Files.createDirectory(dir.resolve("zero")), 0);
    }

    /**
     * A spool groups its index a few employees at a time: with a buffer of 3 positions, an employee with
     * more records than that, employees that fit together and one that does not all come back in the
     * order added, in any order asked for.
     */
    @Test
    void indexGroupedThroughASmallBufferComesBackForEveryEmployee() throws Exception {
        int[] records = {1, 2, 5, 3, 1, 1, 0, 4};
        try (RecordLog log = RecordLog.spooled(java.nio.file.Files.createDirectory(dir.resolve("small")), 5, 3)) {
            List<List<Object>> expected = addRoundRobin(log, records);
            log.finish(records.length);
            for (int e = records.length - 1; e >= 0; e--) {
                assertThat(log.records(e)).as("employee %d", e).containsExactlyElementsOf(expected.get(e));
            }
        }
    }

    /** Past one block of the index on file, employees read in order, backwards and at random come back whole. */
    @Test
    void indexLargerThanOneBlockIsReadInAnyOrder() throws Exception {
        int employees = 3_000; // starts 12 KB, positions 24 KB
        int[] records = new int[employees];
        java.util.Arrays.fill(records, 2);
        try (RecordLog log = RecordLog.spooled(java.nio.file.Files.createDirectory(dir.resolve("blocks")),
                Integer.MAX_VALUE, 1_000)) {
            List<List<Object>> expected = addRoundRobin(log, records);
            log.finish(employees);
            readsBackInOrderBackwardsAndAtRandom(log, expected, 13L);
        }
    }

    /** Reads every employee's records in order, then backwards, then as many at random, checking each. */
    private static void readsBackInOrderBackwardsAndAtRandom(RecordLog log, List<List<Object>> expected, long seed) {
        int employees = expected.size();
        java.util.SplittableRandom random = new java.util.SplittableRandom(Long.getLong("ergo.test.seed", seed));
        for (int k = 0; k < 3 * employees; k++) {
            int e = k < employees ? k : k < 2 * employees ? 2 * employees - 1 - k : random.nextInt(employees);
            assertThat(log.records(e)).as("employee %d", e).containsExactlyElementsOf(expected.get(e));
        }
    }

    @Test
    void aFinishedLogRefusesToFinishAgainOrAdd() throws Exception {
        try (RecordLog log = RecordLog.spooled(java.nio.file.Files.createDirectory(dir.resolve("twice")))) {
            log.add(0, SourceRow.of("Employees", 2));
            log.finish(1);
            org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> log.finish(1));
            org.assertj.core.api.Assertions.assertThatIllegalStateException()
                    .isThrownBy(() -> log.add(0, SourceRow.of("Employees", 3)));
            assertThat(log.records(0)).containsExactly(SourceRow.of("Employees", 2));
        }
    }

    /** Adds records for the employees in turns (each while it has some left); returns what each should read. */
    private static List<List<Object>> addRoundRobin(RecordLog log, int[] records) {
        List<List<Object>> expected = new ArrayList<>();
        for (int e = 0; e < records.length; e++) {
            expected.add(new ArrayList<>());
        }
        int row = 2;
        for (int round = 0, added = 1; added > 0; round++) {
            added = 0;
            for (int e = 0; e < records.length; e++) {
                if (round < records[e]) {
                    SourceRow r = SourceRow.of("S" + round, row++);
                    log.add(e, r);
                    expected.get(e).add(r);
                    added++;
                }
            }
        }
        return expected;
    }
}
