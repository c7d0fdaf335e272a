package dev.ergo.cli;

import java.nio.file.Path;

/** A child process for lock tests: locks the folder in args[0], says "locked", holds it until stdin ends. */
final class HoldOutputLock {
    private HoldOutputLock() {}

    public static void main(String[] args) throws Exception {
        try (OutputFolder folder = OutputFolder.open(Path.of(args[0]), false, line -> { })) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock
            }
        }
    }
}
