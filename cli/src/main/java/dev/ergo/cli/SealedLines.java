package dev.ergo.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The seal of the output folder's record files ({@code reports/.ergo-inputs}, {@code reports/.ergo-run}):
 * a last line {@code end} and the SHA-256 of the lines before it, each with its line feed, so that a cut
 * or edited file is known as such.
 */
final class SealedLines {
    private static final String END = "end ";

    private SealedLines() {}

    /** @return the last line for lines whose bytes, each with its line feed, went into the digest */
    static String endLine(MessageDigest linesDigest) {
        return END + HexFormat.of().formatHex(linesDigest.digest());
    }

    /** @return the lines with their end line */
    static List<String> seal(List<String> lines) {
        List<String> sealed = new ArrayList<>(lines.size() + 1);
        sealed.addAll(lines);
        sealed.add(endLine(digest(lines)));
        return sealed;
    }

    /** @return whether the last line is the end line of the lines before it */
    static boolean sealed(List<String> lines) {
        return !lines.isEmpty()
                && lines.get(lines.size() - 1).equals(endLine(digest(lines.subList(0, lines.size() - 1))));
    }

    private static MessageDigest digest(List<String> lines) {
        MessageDigest sha = SurveyDigest.sha256();
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return sha;
    }
}
