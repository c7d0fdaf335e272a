package com.example.spark;

import dev.ergo.engine.RunSummary;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one or more partitions produced: their summary aggregates and counts. {@link #merge} keeps the
 * aggregates in partition order whatever order Spark combines results in: an aggregate is merged only
 * into the one of the partitions just before it, so the final summary is the same on every run.
 */
public final class PartitionResult implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Aggregates of consecutive partitions, by first partition. */
    private final TreeMap<Integer, Run> runs = new TreeMap<>();
    private long employees;
    private long notAssessed;
    private long rowsRead;
    private long rowsRejected;
    private long problems;
    private long unreadableWorkbooks;
    private long workbooksWithProblems;

    /** Partitions {@code first..last} and their aggregate. */
    private record Run(int last, RunSummary.Aggregate aggregate) implements Serializable {}

    /**
     * The result of one partition.
     *
     * @param partition the partition index
     * @param aggregate the partition's summary aggregate
     * @param counts employees, not assessed, rows read, rows rejected, problems, unreadable workbooks
     */
    PartitionResult(int partition, RunSummary.Aggregate aggregate, long... counts) {
        runs.put(partition, new Run(partition, aggregate));
        employees = counts[0];
        notAssessed = counts[1];
        rowsRead = counts[2];
        rowsRejected = counts[3];
        problems = counts[4];
        unreadableWorkbooks = counts[5];
        workbooksWithProblems = problems > 0 ? 1 : 0;
    }

    /**
     * Adds another result's partitions (none of them may be in this one); order does not matter.
     *
     * @param other the other result; its aggregates may be changed
     * @return this result
     */
    public PartitionResult merge(PartitionResult other) {
        for (Map.Entry<Integer, Run> e : other.runs.entrySet()) {
            if (runs.put(e.getKey(), e.getValue()) != null) {
                throw new IllegalArgumentException("partition " + e.getKey() + " merged twice");
            }
        }
        Integer key = runs.firstKey();
        while (key != null) { // join runs that meet, the earlier first
            Run run = runs.get(key);
            Integer nextKey = runs.higherKey(key);
            if (nextKey != null && nextKey == run.last() + 1) {
                Run next = runs.remove(nextKey);
                runs.put(key, new Run(next.last(), run.aggregate().merge(next.aggregate())));
            } else {
                key = nextKey;
            }
        }
        employees += other.employees;
        notAssessed += other.notAssessed;
        rowsRead += other.rowsRead;
        rowsRejected += other.rowsRejected;
        problems += other.problems;
        unreadableWorkbooks += other.unreadableWorkbooks;
        workbooksWithProblems += other.workbooksWithProblems;
        return this;
    }

    /**
     * The summary of partitions {@code 0..partitions-1}.
     *
     * @param partitions how many partitions the job had
     * @return the summary
     * @throws IllegalStateException if a partition is missing
     */
    public RunSummary summary(int partitions) {
        Map.Entry<Integer, Run> only = runs.firstEntry();
        if (runs.size() != 1 || only.getKey() != 0 || only.getValue().last() != partitions - 1) {
            throw new IllegalStateException("partitions missing: have " + runs.keySet() + " of " + partitions);
        }
        return only.getValue().aggregate().summary();
    }

    /** @return employees assessed */
    public long employees() {
        return employees;
    }

    /** @return employees whose survey the assessor refused */
    public long notAssessed() {
        return notAssessed;
    }

    /** @return rows read from the Employees sheets */
    public long rowsRead() {
        return rowsRead;
    }

    /** @return rows the importer rejected */
    public long rowsRejected() {
        return rowsRejected;
    }

    /** @return lines of the partitions' {@code problems.csv}: import problems, refusals, unreadable workbooks */
    public long problems() {
        return problems;
    }

    /** @return workbooks that could not be read */
    public long unreadableWorkbooks() {
        return unreadableWorkbooks;
    }

    /** @return workbooks (partitions) whose {@code problems.csv} has at least one line */
    public long workbooksWithProblems() {
        return workbooksWithProblems;
    }
}
