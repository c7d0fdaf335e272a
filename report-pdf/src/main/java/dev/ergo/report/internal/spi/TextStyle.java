package dev.ergo.report.internal.spi;

import org.apiguardian.api.API;

/**
 * The text styles of the reports; every style uses embedded DejaVu Sans, regular or bold.
 *
 * <p>Italic styles slant the regular face (DejaVu Sans Oblique is itself a slanted Sans), which
 * saves parsing a third font file for every document.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum TextStyle {
    /** The document title, 18 pt bold. */
    TITLE(Face.BOLD, 18f),
    /** A section heading, 12.5 pt bold. */
    HEADING(Face.BOLD, 12.5f),
    /** A sub-heading, 10 pt bold. */
    SUBHEADING(Face.BOLD, 10f),
    /** Body text, 9.5 pt. */
    BODY(Face.REGULAR, 9.5f),
    /** Bold body text, 9.5 pt. */
    BODY_BOLD(Face.BOLD, 9.5f),
    /** Body text of long lists the employee reads (the checklist, the reasons), 8.6 pt. */
    LIST(Face.REGULAR, 8.6f),
    /** Bold text of the same size, for a line that heads such a list. */
    LIST_BOLD(Face.BOLD, 8.6f),
    /** Italic body text, 9.5 pt. */
    BODY_ITALIC(Face.REGULAR, 9.5f, true),
    /** Small print, 7.5 pt. */
    SMALL(Face.REGULAR, 7.5f),
    /** Bold small print, 7.5 pt. */
    SMALL_BOLD(Face.BOLD, 7.5f),
    /** Italic small print, 7.5 pt. */
    SMALL_ITALIC(Face.REGULAR, 7.5f, true);

    /** The font faces embedded in the reports. */
    public enum Face {
        /** DejaVu Sans. */
        REGULAR,
        /** DejaVu Sans Bold. */
        BOLD
    }

    /** The slant of italic styles in degrees, about that of DejaVu Sans Oblique. */
    public static final float ITALIC_SKEW_DEGREES = 11f;

    private final Face face;
    private final float size;
    private final boolean italic;

    TextStyle(Face face, float size) {
        this(face, size, false);
    }

    TextStyle(Face face, float size, boolean italic) {
        this.face = face;
        this.size = size;
        this.italic = italic;
    }

    /** @return whether the text is slanted, see {@link com.lowagie.text.Chunk#setSkew(float, float)} */
    public boolean italic() {
        return italic;
    }

    /** @return the face, not null */
    public Face face() {
        return face;
    }

    /** @return the size in points */
    public float size() {
        return size;
    }
}
