package org.socketworkbench.architecture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the code cites exists in the repository: every section ("contract §5.6", "§7") and
 * decision ("D13") a Java comment or test names is a heading or anchor of
 * src/docs/chrome-socket-contract.md, every source tag ("[S18]") is in its §0 table, a section
 * cited after another document's name is a heading of that document, and every Markdown file a
 * source names, or a page under src/docs links to, is there. A document outside the repository
 * (a sibling folder, a wiki) cannot be kept in step with the code, so it must not be cited.
 */
class DocCitationsTest {

    private static final String CONTRACT = "src/docs/chrome-socket-contract.md";
    private static final char SECTION_SIGN = '\u00a7';

    /** "§5.6", "§ 2.1", optionally right after the name of the document it belongs to. */
    private static final Pattern SECTION = Pattern.compile(
            "(?:([A-Za-z0-9_./-]+\\.md)\\s*)?" + SECTION_SIGN + "\\s?(\\d+(?:\\.\\d+)*)");
    private static final Pattern DECISION = Pattern.compile("\\bD(\\d{1,2})\\b");
    private static final Pattern SOURCE = Pattern.compile("\\[(S\\d{1,2})\\]");
    /** A Markdown file's name or path, as a comment would write it. */
    private static final Pattern MARKDOWN_FILE = Pattern.compile("[A-Za-z0-9_./-]*[A-Za-z0-9_-]\\.md\\b");
    /** A relative Markdown link target inside a page, with or without an #anchor. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^):#\\s]+\\.md)(?:#[^)]*)?\\)");
    private static final Pattern HEADING_NUMBER = Pattern.compile("^#{1,6}\\s+(\\d+(?:\\.\\d+)*)\\.?\\s");
    private static final Pattern ANCHOR = Pattern.compile("id=\"(D\\d+)\"");
    private static final Pattern SOURCE_ROW = Pattern.compile("^\\|\\s*(S\\d+)\\s*\\|");

    private static Path root;
    private static List<Path> sources;

    @BeforeAll
    static void findTheRepository() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("pom.xml"))) {
            root = root.getParent();
        }
        assertTrue(root != null && Files.isRegularFile(root.resolve(CONTRACT)), "no " + CONTRACT + " above the working directory");
        List<Path> found = new ArrayList<>();
        for (String folder : new String[] {"src/main/java", "src/test/java", "src/bench/java"}) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(found::add);
                }
            }
        }
        found.add(root.resolve("pom.xml"));
        sources = List.copyOf(found);
    }

    @Test
    void theScanSeesTheCitations() {
        // Guards against a scan that passes because it read nothing.
        assertTrue(sources.size() > 100, "only " + sources.size() + " files found under src/");
        assertTrue(citations(SECTION).size() > 50, "fewer than 50 section citations found");
        assertTrue(citations(DECISION).size() > 10, "fewer than 10 decision citations found");
    }

    @Test
    void everyCitedSectionExists() {
        Set<String> contractSections = headingNumbers(CONTRACT);
        List<String> missing = new ArrayList<>();
        for (Citation c : citations(SECTION)) {
            String document = c.match().group(1);
            String section = c.match().group(2);
            if (document == null || root.resolve(document).endsWith(Path.of(CONTRACT).getFileName())) {
                if (!contractSections.contains(section)) {
                    missing.add(c.where() + ": " + SECTION_SIGN + section + " is not a heading of " + CONTRACT);
                }
            } else {
                Path cited = root.resolve(document);
                if (Files.isRegularFile(cited) && !headingNumbers(document).contains(section)) {
                    missing.add(c.where() + ": " + SECTION_SIGN + section + " is not a heading of " + document);
                }
                // a document that is not there at all is reported by everyCitedMarkdownFileIsInTheRepository
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCitedDecisionExists() {
        Set<String> decisions = matches(CONTRACT, ANCHOR);
        List<String> missing = new ArrayList<>();
        for (Citation c : citations(DECISION)) {
            String decision = "D" + c.match().group(1);
            if (!decisions.contains(decision)) {
                missing.add(c.where() + ": " + decision + " has no anchor in " + CONTRACT);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCitedSourceExists() {
        Set<String> tags = matches(CONTRACT, SOURCE_ROW);
        List<String> missing = new ArrayList<>();
        for (Citation c : citations(SOURCE)) {
            if (!tags.contains(c.match().group(1))) {
                missing.add(c.where() + ": [" + c.match().group(1) + "] is not in the sources table (" + SECTION_SIGN + "0) of " + CONTRACT);
            }
        }
        assertEquals(List.of(), missing);
    }

    /** A path is resolved from the repository's root: a page of src/docs is cited with that folder. */
    @Test
    void everyCitedMarkdownFileIsInTheRepository() {
        List<String> missing = new ArrayList<>();
        for (Citation c : citations(MARKDOWN_FILE)) {
            String name = c.match().group();
            if (name.contains("..") || !Files.isRegularFile(root.resolve(name))) {
                missing.add(c.where() + ": " + name + " is not a file of the repository (cite it from the root, e.g. src/docs/...)");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyLinkBetweenThePagesResolves() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("src/docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = MARKDOWN_LINK.matcher(lines.get(i));
                while (m.find()) {
                    Path target = page.getParent().resolve(m.group(1)).normalize();
                    if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                        broken.add(root.relativize(page) + ":" + (i + 1) + ": " + m.group(1));
                    }
                }
            }
        }
        assertFalse(pages.size() < 5, "src/docs holds fewer pages than expected: " + pages);
        assertEquals(List.of(), broken);
    }

    // ------------------------------------------------------------------ helpers

    private record Citation(Path file, int line, MatchResult match) {
        String where() {
            return root.relativize(file) + ":" + line;
        }
    }

    /** Every match of {@code pattern} in the scanned sources, with file and line. */
    private static List<Citation> citations(Pattern pattern) {
        List<Citation> found = new ArrayList<>();
        for (Path file : sources) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                while (m.find()) {
                    found.add(new Citation(file, i + 1, m.toMatchResult()));
                }
            }
        }
        return found;
    }

    /** The numbers of the numbered headings of a page: "2" for "## 2. Calling", "5.6" for "### 5.6 read". */
    private static Set<String> headingNumbers(String page) {
        return matches(page, HEADING_NUMBER);
    }

    private static Set<String> matches(String page, Pattern pattern) {
        Set<String> found = new HashSet<>();
        for (String line : read(root.resolve(page))) {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
