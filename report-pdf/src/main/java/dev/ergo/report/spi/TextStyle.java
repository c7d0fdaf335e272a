package dev.ergo.report.spi;

import org.apiguardian.api.API;

/**
 * The text styles of the reports; every style uses the embedded DejaVu Sans family.
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
    /** Italic body text, 9.5 pt. */
    BODY_ITALIC(Face.OBLIQUE, 9.5f),
    /** Small print, 7.5 pt. */
    SMALL(Face.REGULAR, 7.5f),
    /** Bold small print, 7.5 pt. */
    SMALL_BOLD(Face.BOLD, 7.5f),
    /** Italic small print, 7.5 pt. */
    SMALL_ITALIC(Face.OBLIQUE, 7.5f);

    /** The font faces embedded in the reports. */
    public enum Face {
        /** DejaVu Sans. */
        REGULAR,
        /** DejaVu Sans Bold. */
        BOLD,
        /** DejaVu Sans Oblique. */
        OBLIQUE
    }

    private final Face face;
    private final float size;

    TextStyle(Face face, float size) {
        this.face = face;
        this.size = size;
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
