package org.socketworkbench.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socketworkbench.settings.Settings;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layers, lowest first: engine (chrome.socket) &lt;- feature logic &lt;- ui &lt;- app. Arrows
 * point down only, and nothing below ui may touch JavaFX.
 */
class LayeringTest {

    private static final String ENGINE = "org.socketworkbench.engine..";
    private static final String UI = "org.socketworkbench.ui..";
    private static final String APP = "org.socketworkbench.app..";
    private static final String JACKSON = "tools.jackson.databind";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.socketworkbench");
    }

    @Test
    void theImportFindsEveryLayer() {
        for (String layer : new String[] {"engine", "adapters", "ui", "app"}) {
            String prefix = "org.socketworkbench." + layer;
            assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(prefix)), prefix);
        }
    }

    @Test
    void engineDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void featureLogicDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("org.socketworkbench..")
                .and().resideOutsideOfPackages(UI, APP)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void onlyTheEngineUsesItsInternals() {
        noClasses().that().resideOutsideOfPackage(ENGINE)
                .should().dependOnClassesThat().resideInAPackage("org.socketworkbench.engine.internal..")
                .because("engine.internal is the engine's own; everything above uses the exported engine API")
                .check(classes);
    }

    /**
     * Jackson reads data-file records reflectively, which on the module path (the installed app,
     * not these class-path tests) needs their package opened to it: without the line every save fails.
     */
    @Test
    void packagesWithJacksonRecordsAreOpenToJackson() throws IOException, URISyntaxException {
        Set<String> annotated = classes.stream()
                .filter(JavaClass::isRecord)
                .filter(c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("com.fasterxml.jackson.annotation")))
                .map(JavaClass::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(annotated.contains("org.socketworkbench.settings"), "the settings records are found: " + annotated);

        Path compiled = Path.of(Settings.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("module-info.class");
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(compiled)) {
            module = ModuleDescriptor.read(in);
        }
        module.opens().stream().filter(o -> o.targets().contains(JACKSON)).map(ModuleDescriptor.Opens::source)
                .forEach(annotated::remove);
        assertEquals(Set.of(), annotated, "packages to add as `opens <package> to " + JACKSON + ";` in " + compiled);
    }

    @Test
    void arrowsPointDownOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Engine").definedBy(ENGINE)
                .layer("Features").definedBy(FeaturePackages.all())
                .layer("UI").definedBy(UI)
                .layer("App").definedBy(APP)
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Features").mayOnlyBeAccessedByLayers("UI", "App")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Features", "UI", "App")
                .check(classes);
    }

    @Test
    void everyPackageBelongsToALayer() {
        List<String> unlayered = classes.stream().map(JavaClass::getPackageName).distinct()
                .filter(p -> !p.startsWith("org.socketworkbench.engine")
                        && !p.startsWith("org.socketworkbench.ui")
                        && !p.startsWith("org.socketworkbench.app")
                        && !FeaturePackages.contains(p))
                .toList();
        assertEquals(List.of(), unlayered, "packages outside engine, FeaturePackages, ui and app");
    }
}
