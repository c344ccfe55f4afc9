package org.socketworkbench.ui.menu;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** About lists the licence of every library the app ships: pom.xml's compile-scope dependencies. */
class BundledLibrariesTest {

    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>(.*?)</dependency>", Pattern.DOTALL);

    @Test
    void everyCompileScopeDependencyOfThePomIsListedWithALicence() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        List<String> shipped = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(dependencies);
        while (m.find()) {
            if (!m.group(3).contains("<scope>test</scope>")) {
                shipped.add(m.group(1) + ":" + m.group(2));
            }
        }
        assertTrue(shipped.size() >= 6, "found the dependencies: " + shipped);
        Set<String> listed = BundledLibraries.all().stream().map(BundledLibraries.Library::coordinates)
                .collect(Collectors.toSet());
        for (String dependency : shipped) {
            assertTrue(listed.contains(dependency), dependency + " is missing from bundled-libraries.txt");
        }
        BundledLibraries.all().forEach(l -> assertTrue(!l.licence().isBlank() && !l.name().isBlank(), l.toString()));
    }
}
