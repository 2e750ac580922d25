package app.docsbridge.build;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two jars of one build, one per Confluence line: the Confluence 9 jar speaks javax.servlet (Servlet 4.0) and the
 * Confluence 10 jar jakarta.servlet, each refers only to Atlassian members its line is known to have
 * (test/resources/compat/atlassian-api.txt, with the evidence), and they differ in version and stated range.
 */
class ConfluenceLinesIT {

    /** A jar's classes (nested library jars included), by entry name. */
    private static final Map<String, Map<String, ClassReferences>> CLASSES = new HashMap<>();
    private static Map<String, String> evidenceLines;

    @BeforeAll
    static void readJars() throws Exception {
        for (String line : List.of("9", "10")) {
            CLASSES.put(line, classesOf(Path.of(jar(line))));
        }
        evidenceLines = new LinkedHashMap<>();
        try (InputStream in = ConfluenceLinesIT.class.getResourceAsStream("/compat/atlassian-api.txt")) {
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cells = row.split("\\s*\\|\\s*");
                assertEquals(3, cells.length, "reference | lines | evidence: " + row);
                assertTrue(!cells[2].isBlank(), "no evidence for " + cells[0]);
                evidenceLines.put(cells[0].trim(), cells[1].trim());
            }
        }
    }

    private static String jar(String line) {
        return System.getProperty(line.equals("9") ? "app.jar9" : "app.jar");
    }

    private static Map<String, ClassReferences> classesOf(Path jar) throws IOException {
        Map<String, ClassReferences> classes = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    collect(e.getName(), in.readAllBytes(), classes);
                }
            }
        }
        return classes;
    }

    private static void collect(String name, byte[] bytes, Map<String, ClassReferences> classes) throws IOException {
        if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
            classes.put(name, ClassReferences.read(bytes));
        } else if (name.endsWith(".jar")) {
            try (ZipInputStream nested = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e; (e = nested.getNextEntry()) != null; ) {
                    collect(name + "!/" + e.getName(), nested.readAllBytes(), classes);
                }
            }
        }
    }

    private static List<String> mentioning(String line, String text) {
        List<String> found = new ArrayList<>();
        CLASSES.get(line).forEach((name, refs) -> {
            if (refs.strings().stream().anyMatch(s -> s.contains(text))) {
                found.add(name);
            }
        });
        return found;
    }

    @Test
    void confluence9Jar_shouldNotReferToJakarta() {
        assertEquals(List.of(), mentioning("9", "jakarta/"));
        assertEquals(List.of(), mentioning("9", "jakarta."));
        assertTrue(!mentioning("9", "javax/servlet/http/HttpServlet").isEmpty(), "the servlets must be javax ones");
    }

    @Test
    void confluence10Jar_shouldNotReferToJavaxServlet() {
        assertEquals(List.of(), mentioning("10", "javax/servlet"));
        assertEquals(List.of(), mentioning("10", "javax.servlet"));
        assertTrue(!mentioning("10", "jakarta/servlet/http/HttpServlet").isEmpty(), "the servlets must be jakarta ones");
    }

    @Test
    void eachJar_shouldReferOnlyToAtlassianMembersItsLineHas() {
        for (String line : List.of("9", "10")) {
            Set<String> missing = new TreeSet<>();
            for (ClassReferences refs : CLASSES.get(line).values()) {
                for (String c : refs.classes()) {
                    check(line, "class " + c, missing);
                }
                for (ClassReferences.Member m : refs.members()) {
                    check(line, m.toString(), missing);
                }
                // Annotations are read by reflection; they appear as descriptors.
                for (String s : refs.strings()) {
                    Matcher annotation = Pattern.compile("^L(com/atlassian/[\\w/$]+);$").matcher(s);
                    if (annotation.matches()) {
                        check(line, "class " + annotation.group(1), missing);
                    }
                }
            }
            assertEquals(Set.of(), missing, "Confluence " + line + " jar: references without evidence for that line"
                    + " (add them to test/resources/compat/atlassian-api.txt with the evidence, or avoid them)");
        }
    }

    private static void check(String line, String reference, Set<String> missing) {
        if (!reference.startsWith("class com/atlassian/") && !reference.startsWith("com/atlassian/")) {
            return;
        }
        String lines = evidenceLines.get(reference);
        if (lines == null || !Arrays.asList(lines.split(",")).contains(line)) {
            missing.add(reference);
        }
    }

    @Test
    void confluence9Jar_shouldCallOnlyWhatServlet40Has() throws Exception {
        Set<String> missing = new TreeSet<>();
        for (ClassReferences refs : CLASSES.get("9").values()) {
            for (ClassReferences.Member m : refs.members()) {
                if (m.owner().startsWith("javax/servlet/") && !exists(m)) {
                    missing.add(m.toString());
                }
            }
        }
        assertEquals(Set.of(), missing, "members Servlet 4.0 (Confluence 9) lacks");
    }

    /** Whether javax.servlet-api 4.0.1 (a test dependency) has the member, declared or inherited. */
    private static boolean exists(ClassReferences.Member m) {
        try {
            Class<?> owner = Class.forName(m.owner().replace('/', '.'), false, ConfluenceLinesIT.class.getClassLoader());
            if (!m.method()) {
                for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (f.getName().equals(m.name())) {
                            return true;
                        }
                    }
                }
                return Arrays.stream(owner.getFields()).anyMatch(f -> f.getName().equals(m.name()));
            }
            if (m.name().equals("<init>")) {
                for (Constructor<?> c : owner.getDeclaredConstructors()) {
                    if (descriptor(c.getParameterTypes(), void.class).equals(m.descriptor())) {
                        return true;
                    }
                }
                return false;
            }
            List<Class<?>> types = new ArrayList<>();
            types.add(owner);
            for (int i = 0; i < types.size(); i++) {
                Class<?> c = types.get(i);
                for (Method method : c.getDeclaredMethods()) {
                    if (method.getName().equals(m.name())
                            && descriptor(method.getParameterTypes(), method.getReturnType()).equals(m.descriptor())) {
                        return true;
                    }
                }
                if (c.getSuperclass() != null) {
                    types.add(c.getSuperclass());
                }
                types.addAll(Arrays.asList(c.getInterfaces()));
            }
            return m.onInterface() && m.name().matches("hashCode|equals|toString|getClass");
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String descriptor(Class<?>[] parameters, Class<?> result) {
        StringBuilder d = new StringBuilder("(");
        for (Class<?> p : parameters) {
            d.append(p.descriptorString());
        }
        return d.append(')').append(result.descriptorString()).toString();
    }

    @Test
    void theJars_shouldHaveDistinctVersionsAndRanges() throws Exception {
        String d9 = descriptor(jar("9"));
        String d10 = descriptor(jar("10"));
        String v9 = version(d9);
        String v10 = version(d10);
        assertEquals(System.getProperty("app.version"), v10);
        assertEquals(System.getProperty("app.version9"), v9);
        assertNotEquals(v9, v10);
        assertTrue(d9.contains("For Confluence Data Center 9."), d9);
        assertTrue(d10.contains("For Confluence Data Center 10."), d10);
        // Everything else in the descriptor is the same app.
        assertEquals(d10.replace(v10, "V").replaceAll("Data Center 10[^<]*", "R"),
                d9.replace(v9, "V").replaceAll("Data Center 9[^<]*", "R"));
    }

    private static String descriptor(String jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar)) {
            return new String(zip.getInputStream(zip.getEntry("atlassian-plugin.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    private static String version(String descriptor) {
        Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(descriptor);
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void theJars_shouldHoldTheSameEntriesApartFromThePerLineClasses() throws Exception {
        assertEquals(entries(jar("10")), entries(jar("9")));
        assertTrue(Files.size(Path.of(jar("9"))) > 0);
    }

    private static Set<String> entries(String jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar)) {
            Set<String> names = new TreeSet<>();
            zip.stream().forEach(e -> names.add(e.getName()));
            return names;
        }
    }
}
