package dev.ergo.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The file names of employees' reports, as {@code ergo assess} names them in {@code reports/}: from the
 * employee id, safe on every file system, and unique ignoring case ({@code E1.pdf}, then {@code e1-2.pdf}).
 * One instance names one folder's reports, in workbook order; not thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ReportFileNames {
    /** The longest stem: ids are short, and some file systems limit a name to 255 bytes. */
    static final int MAX_STEM = 100;

    /** Windows device names, which cannot be file names whatever the extension. */
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    private final Set<String> used = new HashSet<>();

    /** Names for an empty folder. */
    public ReportFileNames() {}

    /**
     * Returns the next report's file name: the id's {@linkplain #stem(String) stem} and {@code .pdf}, with
     * {@code -2}, {@code -3}, … when an earlier name of this instance is the same ignoring case.
     *
     * @param employeeId the employee id
     * @return the file name, without folder
     */
    public String next(String employeeId) {
        String stem = stem(employeeId);
        String name = stem + ".pdf";
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "-" + n + ".pdf";
        }
        return name;
    }

    /**
     * Returns a file name stem from an employee id: ASCII letters, digits, {@code .}, {@code -} and
     * {@code _}, anything else as {@code _}; a leading dot as {@code _} (no hidden files, no {@code ..}); at most
     * {@value #MAX_STEM} characters; a Windows device name ({@code CON}, {@code LPT1.x}) gets a leading
     * {@code _}; an empty id gives {@code _}.
     *
     * @param employeeId the employee id
     * @return the stem
     */
    public static String stem(String employeeId) {
        StringBuilder sb = new StringBuilder();
        employeeId.strip().codePoints().forEach(cp -> sb.append(
                cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.') ? (char) cp : '_'));
        if (!sb.isEmpty() && sb.charAt(0) == '.') {
            sb.setCharAt(0, '_');
        }
        if (sb.isEmpty()) {
            sb.append('_');
        }
        String s = sb.length() > MAX_STEM ? sb.substring(0, MAX_STEM) : sb.toString();
        int dot = s.indexOf('.');
        if (RESERVED.contains((dot >= 0 ? s.substring(0, dot) : s).toUpperCase(Locale.ROOT))) {
            s = "_" + s.substring(0, Math.min(s.length(), MAX_STEM - 1));
        }
        return s;
    }
}
