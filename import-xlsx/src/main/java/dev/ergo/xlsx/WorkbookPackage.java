package dev.ergo.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Opens a workbook file for POI after checking, with our own quiet parser, the parts POI would parse
 * and log about: zip entries that are no part of the workbook (no content type, or a name such as
 * {@code ../../evil.txt}) are hidden from POI and listed; damaged document properties are hidden
 * and flagged; damaged relationships or content types make the file damaged. Also lists the sheets
 * the workbook declares, each with its part or the reason it has none.
 */
final class WorkbookPackage implements Closeable {

    static final String CORE_PROPERTIES = "docProps/core.xml";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String CORE_PROPERTIES_TYPE = "application/vnd.openxmlformats-package.core-properties+xml";

    /**
     * A sheet the workbook lists.
     *
     * @param name the sheet name as written
     * @param part the worksheet part, or null when it cannot be opened
     * @param partName the part name without leading slash, or {@code ""}
     * @param problem why it cannot be opened ({@code "it has no r:id"}), or null
     */
    record Sheet(String name, @Nullable PackagePart part, String partName, @Nullable String problem) {}

    private final OPCPackage pkg;
    private final List<String> ignoredEntries;
    private final boolean propertiesDamaged;

    private WorkbookPackage(OPCPackage pkg, List<String> ignoredEntries, boolean propertiesDamaged) {
        this.pkg = pkg;
        this.ignoredEntries = ignoredEntries;
        this.propertiesDamaged = propertiesDamaged;
    }

    /**
     * Opens the file read-only with POI's zip-bomb checks.
     *
     * @throws UnsupportedFormatException if the content types or a relationships part are damaged
     */
    static WorkbookPackage open(Path file) throws IOException, InvalidFormatException {
        ZipEntrySource zip = new ZipFileZipEntrySource(new ZipSecureFile(file.toFile()));
        try {
            Map<String, ZipArchiveEntry> entries = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (Enumeration<? extends ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
                ZipArchiveEntry e = en.nextElement();
                entries.put(e.getName(), e);
                names.add(e.getName());
            }
            ContentTypes types = null;
            ZipArchiveEntry typesEntry = entries.get(CONTENT_TYPES);
            if (typesEntry != null) {
                types = new ContentTypes();
                parse(zip, typesEntry, types);
            }
            Set<String> hidden = new HashSet<>();
            List<String> ignored = new ArrayList<>();
            boolean propertiesDamaged = false;
            for (String name : names) {
                if (name.endsWith("/") || name.equals(CONTENT_TYPES)) {
                    continue;
                }
                if (!validPartName(name) || (types != null && types.of(name) == null)) {
                    hidden.add(name);
                    ignored.add(name);
                } else if (name.endsWith(".rels")) {
                    parse(zip, entries.get(name), new DefaultHandler()); // POI would log a damaged one at length
                } else if (types != null && CORE_PROPERTIES_TYPE.equals(types.of(name))) {
                    try {
                        parse(zip, entries.get(name), new DefaultHandler());
                    } catch (UnsupportedFormatException e) {
                        hidden.add(name); // optional metadata: the workbook reads without it
                        propertiesDamaged = true;
                    }
                }
            }
            OPCPackage pkg = OPCPackage.open(hidden.isEmpty() ? zip : new Filtered(zip, hidden));
            return new WorkbookPackage(pkg, List.copyOf(ignored), propertiesDamaged);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    OPCPackage opc() {
        return pkg;
    }

    /** @return the zip entries that are no workbook part and were hidden from POI, in file order */
    List<String> ignoredEntries() {
        return ignoredEntries;
    }

    /** @return whether the document properties could not be parsed (they were then hidden from POI) */
    boolean propertiesDamaged() {
        return propertiesDamaged;
    }

    /**
     * Lists the sheets of {@code workbook.xml} in order, resolving each {@code r:id}.
     *
     * @param workbook the workbook part
     * @param workbookPr receives the {@code workbookPr} element's attributes, if any
     */
    List<Sheet> sheets(PackagePart workbook, java.util.function.Consumer<Attributes> workbookPr)
            throws IOException, SAXException, InvalidFormatException {
        List<String[]> listed = new ArrayList<>();
        XMLReader xr = Xml.newReader();
        xr.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attrs) {
                String name = localName.isEmpty() ? qName : localName;
                if (name.equals("workbookPr")) {
                    workbookPr.accept(attrs);
                } else if (name.equals("sheet")) {
                    String id = null;
                    for (int i = 0; i < attrs.getLength(); i++) {
                        if (attrs.getLocalName(i).equals("id") && attrs.getURI(i).endsWith("relationships")) {
                            id = attrs.getValue(i);
                        }
                    }
                    String sheetName = attrs.getValue("name");
                    listed.add(new String[] {sheetName == null ? "" : sheetName, id});
                }
            }
        });
        try (InputStream in = workbook.getInputStream()) {
            xr.parse(new InputSource(in));
        }
        List<Sheet> sheets = new ArrayList<>();
        for (String[] s : listed) {
            sheets.add(resolve(workbook, s[0], s[1]));
        }
        return sheets;
    }

    private Sheet resolve(PackagePart workbook, String name, @Nullable String id) throws InvalidFormatException {
        if (id == null || id.isBlank()) {
            return new Sheet(name, null, "", "it has no r:id");
        }
        PackageRelationship rel = workbook.getRelationship(id);
        if (rel == null) {
            return new Sheet(name, null, "", "its relationship " + id + " is missing");
        }
        if (rel.getTargetMode() == TargetMode.EXTERNAL || !rel.getRelationshipType().endsWith("/worksheet")) {
            return new Sheet(name, null, "", "it is not a worksheet");
        }
        PackagePartName partName;
        try {
            partName = PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(
                    workbook.getPartName().getURI(), rel.getTargetURI()));
        } catch (InvalidFormatException | IllegalArgumentException e) {
            return new Sheet(name, null, "", "its part name " + rel.getTargetURI() + " is not valid");
        }
        String shown = partName.getName().substring(1);
        PackagePart part = pkg.getPart(partName);
        if (part == null) {
            return new Sheet(name, null, shown, "its part " + shown + " is missing");
        }
        return new Sheet(name, part, shown, null);
    }

    @Override
    public void close() throws IOException {
        pkg.close();
    }

    /** A zip entry name POI accepts as a part name: relative, no empty or dot segments, no backslash. */
    private static boolean validPartName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("//")) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.endsWith(".") || segment.equals("..")) {
                return false;
            }
        }
        try {
            PackagingURIHelper.createPartName("/" + name);
            return true;
        } catch (InvalidFormatException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void parse(ZipEntrySource zip, ZipArchiveEntry entry, DefaultHandler handler) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            XMLReader xr = Xml.newReader();
            xr.setContentHandler(handler);
            xr.parse(new InputSource(in));
        } catch (SAXException e) {
            throw new UnsupportedFormatException(ImportRun.DAMAGED, e);
        }
    }

    /** The {@code Default} and {@code Override} elements of {@code [Content_Types].xml}. */
    private static final class ContentTypes extends DefaultHandler {
        private final Map<String, String> byExtension = new HashMap<>();
        private final Map<String, String> byPart = new HashMap<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs) {
            String name = localName.isEmpty() ? qName : localName;
            String type = attrs.getValue("ContentType");
            if (type == null) {
                return;
            }
            if (name.equals("Default") && attrs.getValue("Extension") != null) {
                byExtension.put(attrs.getValue("Extension").toLowerCase(Locale.ROOT), type);
            } else if (name.equals("Override") && attrs.getValue("PartName") != null) {
                byPart.put(attrs.getValue("PartName").toLowerCase(Locale.ROOT), type);
            }
        }

        @Nullable String of(String entry) {
            String type = byPart.get("/" + entry.toLowerCase(Locale.ROOT));
            if (type != null) {
                return type;
            }
            int dot = entry.lastIndexOf('.');
            return dot < entry.lastIndexOf('/') + 1 ? null : byExtension.get(entry.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
    }

    /** The zip without some entries. */
    private static final class Filtered implements ZipEntrySource {
        private final ZipEntrySource source;
        private final Set<String> hidden;

        Filtered(ZipEntrySource source, Set<String> hidden) {
            this.source = source;
            this.hidden = hidden;
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            List<ZipArchiveEntry> kept = new ArrayList<>();
            for (Enumeration<? extends ZipArchiveEntry> en = source.getEntries(); en.hasMoreElements(); ) {
                ZipArchiveEntry e = en.nextElement();
                if (!hidden.contains(e.getName())) {
                    kept.add(e);
                }
            }
            return Collections.enumeration(kept);
        }

        @Override
        public @Nullable ZipArchiveEntry getEntry(String path) {
            return hidden.contains(path) ? null : source.getEntry(path);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            return source.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            source.close();
        }

        @Override
        public boolean isClosed() {
            return source.isClosed();
        }
    }
}
