package dev.ergo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ergo.engine.contact.ContactZone;
import dev.ergo.engine.office.OfficeAction;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What users read cites {@code docs/methods.md}, the document they get, and never the internal
 * specification files ({@code methods-posture-office}, {@code methods-lifting-vibration-repetitive-contact}
 * and their short forms): every message bundle of every module (values, not {@code #} comments), the
 * engine's public string constants (recommendation sources, method descriptions), the method
 * descriptions and recommendation sources of assessed results and their {@code results.jsonl} lines.
 * Every section number cited must be a heading of {@code docs/methods.md} and every source key in
 * square brackets one of its §11. Private constants (such as the sources of older results files,
 * which the readers still accept) are not scanned.
 */
class MethodCitationTests {
    private static final Path ROOT = Path.of("..");
    private static final Path METHODS = ROOT.resolve(Path.of("docs", "methods.md"));
    private static final String DOCS = "docs/methods.md";

    /** An internal specification file named: "methods-posture-office", "methods-lifting §1.1", … */
    private static final Pattern SPEC_FILE = Pattern.compile("methods-[a-z]");
    /** The specification cited as "methods §3.1" (or its translations) instead of by the docs' name. */
    private static final Pattern SPEC_SHORTHAND =
            Pattern.compile("(?iu)(?<![/\\w])(methods|méthodes|methoden|metody|métodos) §");
    private static final Pattern SECTION = Pattern.compile("§(\\d+(?:\\.\\d+)*)?");
    private static final Pattern HEADING = Pattern.compile("^#{2,4} (\\d+(?:\\.\\d+)*)\\.? ", Pattern.MULTILINE);
    private static final Pattern KEYS = Pattern.compile("\\[([A-Z]\\d+[a-z]?(?:,\\s*[A-Z]\\d+[a-z]?)*)]");
    private static final Pattern SOURCE_ENTRY = Pattern.compile("^- \\*\\*\\[([A-Z]\\d+)]\\*\\*", Pattern.MULTILINE);

    private static Set<String> headings;
    private static Set<String> sourceKeys;

    @BeforeAll
    static void readTheMethodsDocument() throws IOException {
        String doc = Files.readString(METHODS, StandardCharsets.UTF_8);
        headings = HEADING.matcher(doc).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
        sourceKeys = SOURCE_ENTRY.matcher(doc).results().map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(headings).as("headings of " + METHODS).contains("3.1.2", "4.1.5", "5.7", "6.2", "7.3", "8", "11");
        assertThat(sourceKeys).as("sources of " + METHODS + " §11").contains("S1", "L1", "V1", "R1", "C1");
    }

    @Test
    void everyMessageBundleCitesTheMethodsDocument() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        List<Path> bundles;
        try (Stream<Path> files = Files.walk(ROOT, 8)) {
            bundles = files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> p.toString().replace('\\', '/').contains("/src/main/resources"))
                    .sorted().toList();
        }
        assertThat(bundles).as("bundles").anyMatch(p -> p.endsWith(Path.of("report", "messages_pl.properties")))
                .anyMatch(p -> p.endsWith(Path.of("engine", "messages_de.properties")));
        for (Path bundle : bundles) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            p.stringPropertyNames().stream().sorted()
                    .forEach(k -> texts.put(ROOT.relativize(bundle) + " " + k, p.getProperty(k)));
        }
        assertThat(texts).as("texts citing docs/methods.md").isNotEmpty()
                .anySatisfy((k, v) -> assertThat(v).contains(DOCS + " §"));
        assertThat(problems(texts)).isEmpty();
    }

    @Test
    void everyPublicStringConstantOfTheEngineCitesTheMethodsDocument() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        Path classes = Path.of("target", "classes");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace('\\', '/').replace('/', '.');
            name = name.substring(0, name.length() - ".class".length());
            if (name.endsWith("module-info") || name.endsWith("package-info")) {
                continue;
            }
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            for (Field f : type.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class) {
                    texts.put(name + "." + f.getName(), (String) f.get(null));
                }
            }
        }
        assertThat(texts).as("the recommendation sources").containsKeys(
                "dev.ergo.engine.internal.vibration.HandArmVibration.SOURCE",
                "dev.ergo.engine.internal.vibration.WholeBodyVibration.SOURCE",
                "dev.ergo.engine.internal.repetitive.RepetitiveAdvisor.SRC_TLV",
                "dev.ergo.engine.internal.lifting.LiftingAdvice.SOURCE",
                "dev.ergo.engine.internal.contact.ContactAdvisor.SOURCE_PREFIX",
                "dev.ergo.engine.internal.office.WorkstationAdvisor.SOURCE_PREFIX");
        // every ROSA fix's sections (the part of a ROSA recommendation's source that varies)
        Method rosaSource = Class.forName("dev.ergo.engine.internal.office.RosaAdvisor")
                .getDeclaredMethod("source", OfficeAction.class);
        rosaSource.setAccessible(true);
        for (OfficeAction a : OfficeAction.values()) {
            if (a.isRosa()) {
                texts.put("RosaAdvisor.source(" + a + ")", DOCS + " " + rosaSource.invoke(null, a));
            }
        }
        for (ContactZone z : ContactZone.values()) {
            texts.put("ContactZone." + z + ".source()", z.source());
        }
        assertThat(problems(texts)).isEmpty();
    }

    @Test
    void assessedResultsAndTheirLinesCiteTheMethodsDocument() {
        Map<String, String> texts = new LinkedHashMap<>();
        List<AssessmentResult> results = List.of(ResultFixtures.allFactors(ResultFixtures.ASSESSOR),
                ResultFixtures.allFactors(ResultFixtures.ALTERNATIVES), ResultFixtures.awkwardText());
        for (int i = 0; i < results.size(); i++) {
            AssessmentResult r = results.get(i);
            for (ResultSection s : r.sections()) {
                if (s instanceof FactorResult f) {
                    texts.put("result " + i + " " + s.key() + " method()", f.method());
                }
            }
            List<Recommendation> advice = r.recommendations();
            for (int j = 0; j < advice.size(); j++) {
                texts.put("result " + i + " recommendation " + j + " (" + advice.get(j).code() + ") source",
                        advice.get(j).source());
            }
            texts.put("result " + i + " results.jsonl line", ResultJson.line(r, false));
        }
        assertThat(texts).as("sources").anySatisfy((k, v) -> assertThat(k).contains("(POSTURE_"))
                .anySatisfy((k, v) -> assertThat(k).contains("(ROSA_"))
                .anySatisfy((k, v) -> assertThat(k).contains("(LIFT_"))
                .anySatisfy((k, v) -> assertThat(k).contains("(KNEE_PADS)"));
        assertThat(problems(texts)).isEmpty();
    }

    /** What is wrong with each text's citations, one line per problem; empty when all are right. */
    private static List<String> problems(Map<String, String> texts) {
        List<String> out = new ArrayList<>();
        texts.forEach((where, text) -> {
            if (SPEC_FILE.matcher(text).find()) {
                out.add(where + ": names an internal specification file: " + text);
            }
            if (SPEC_SHORTHAND.matcher(text).find()) {
                out.add(where + ": cites \"methods §\" instead of " + DOCS + ": " + text);
            }
            Matcher m = SECTION.matcher(text);
            while (m.find()) {
                int docs = text.lastIndexOf(DOCS, m.start());
                if (docs < 0) {
                    out.add(where + ": § without " + DOCS + " before it: " + text);
                } else if (m.group(1) == null) {
                    out.add(where + ": § without a section number: " + text);
                } else if (!headings.contains(m.group(1))) {
                    out.add(where + ": " + DOCS + " has no section " + m.group(1) + ": " + text);
                }
            }
            Matcher k = KEYS.matcher(text);
            while (k.find()) {
                for (String key : k.group(1).split(",\\s*")) {
                    String base = key.replaceFirst("[a-z]$", "");
                    if (!sourceKeys.contains(base)) {
                        out.add(where + ": source key [" + key + "] is not in " + DOCS + " §11: " + text);
                    }
                }
            }
        });
        return out;
    }
}
