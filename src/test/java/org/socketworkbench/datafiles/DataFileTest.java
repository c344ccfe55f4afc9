package org.socketworkbench.datafiles;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataFileTest {

    /** A data-file record of the kind the package documentation asks for. */
    record Sample(String name, int count, Part part, List<Part> parts,
                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {
        Sample {
            name = name == null ? "unnamed" : name;
            parts = parts == null ? List.of() : List.copyOf(parts);
            unknownKeys = UnknownKeys.keep(unknownKeys);
        }

        Sample(String name, int count, Part part, List<Part> parts) {
            this(name, count, part, parts, Map.of());
        }
    }

    record Part(String label, double weight, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {
        Part {
            unknownKeys = UnknownKeys.keep(unknownKeys);
        }

        Part(String label, double weight) {
            this(label, weight, Map.of());
        }
    }

    /** A record that does not keep unknown keys. */
    record Plain(String name) {
    }

    private static final DataFormat<Sample> SAMPLES =
            DataFormat.first("the samples", Sample.class, () -> new Sample("default", 0, null, List.of()));
    private static final Sample SAMPLE = new Sample("one", 2, new Part("top", 1.5),
            List.of(new Part("a", 0.25), new Part("b \"quoted\" ünï", -3)));

    @TempDir
    Path directory;

    private DataFile<Sample> samples() {
        return new DataFile<>(directory.resolve("samples.json"), SAMPLES);
    }

    private String text() throws IOException {
        return Files.readString(directory.resolve("samples.json"));
    }

    @Test
    void filesArePrettyPrintedWithTheVersionFirstAndTheRecordsOrder() throws IOException {
        samples().save(SAMPLE);
        assertEquals("""
                {
                  "version": 1,
                  "name": "one",
                  "count": 2,
                  "part": {
                    "label": "top",
                    "weight": 1.5
                  },
                  "parts": [
                    {
                      "label": "a",
                      "weight": 0.25
                    },
                    {
                      "label": "b \\"quoted\\" ünï",
                      "weight": -3.0
                    }
                  ]
                }
                """, text());
        assertEquals(SAMPLE, samples().load().value());
    }

    @Test
    void emptyValuesAndNullAreWrittenPlainly() throws IOException {
        samples().save(new Sample("n", 0, null, List.of()));
        assertEquals("""
                {
                  "version": 1,
                  "name": "n",
                  "count": 0,
                  "part": null,
                  "parts": []
                }
                """, text());
    }

    @Test
    void theSameValueAlwaysGivesTheSameBytes() throws IOException {
        Map<String, Object> keys = new java.util.HashMap<>();
        for (int i = 0; i < 50; i++) {
            keys.put("key" + i, i);
        }
        samples().save(new Sample("n", 0, null, List.of(), keys));
        String first = text();
        Map<String, Object> reversed = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(keys.keySet());
        Collections.reverse(names);
        names.forEach(name -> reversed.put(name, keys.get(name)));
        samples().save(new Sample("n", 0, null, List.of(), reversed));
        assertEquals(first, text());
        assertTrue(first.indexOf("\"key10\"") < first.indexOf("\"key9\""), "unknown keys sorted by name");
    }

    @Test
    void unknownKeysAreKeptAtEveryLevelThatDeclaresThem() throws IOException {
        Files.writeString(directory.resolve("samples.json"), """
                {"version": 1, "zeta": {"deep": [1, 2.10, null, "x"]}, "name": "one", "count": 2,
                 "part": {"label": "top", "weight": 1.5, "colour": "red"},
                 "parts": [{"label": "a", "weight": 0.25, "pinned": true}],
                 "alpha": 12345678901234567890}
                """);
        Sample loaded = samples().load().value();
        assertEquals(List.of("zeta", "alpha"), List.copyOf(loaded.unknownKeys().keySet()));
        assertEquals("red", loaded.part().unknownKeys().get("colour"));
        assertEquals(true, loaded.parts().getFirst().unknownKeys().get("pinned"));

        samples().save(loaded);
        assertEquals("""
                {
                  "version": 1,
                  "name": "one",
                  "count": 2,
                  "part": {
                    "label": "top",
                    "weight": 1.5,
                    "colour": "red"
                  },
                  "parts": [
                    {
                      "label": "a",
                      "weight": 0.25,
                      "pinned": true
                    }
                  ],
                  "alpha": 12345678901234567890,
                  "zeta": {
                    "deep": [
                      1,
                      2.10,
                      null,
                      "x"
                    ]
                  }
                }
                """, text(), "kept keys come after the known ones, sorted, digit for digit");
        assertEquals(loaded, samples().load().value());
    }

    @Test
    void aRecordWithoutUnknownKeysIgnoresThem() throws IOException {
        Path file = directory.resolve("plain.json");
        Files.writeString(file, "{\"name\": \"p\", \"extra\": [1, {\"x\": 2}]}");
        DataFile<Plain> plain = new DataFile<>(file, DataFormat.first("the plain", Plain.class, () -> new Plain("d")));
        DataFile.Loaded<Plain> loaded = plain.load();
        assertEquals(new Plain("p"), loaded.value());
        assertTrue(loaded.warning().isEmpty());
    }

    @Test
    void missingKeysGiveWhatTheRecordMakesOfThem() throws IOException {
        Files.writeString(directory.resolve("samples.json"), "{}");
        assertEquals(new Sample("unnamed", 0, null, List.of()), samples().load().value());
    }

    @Test
    void aMissingFileGivesTheDefaultsAndCreatesNothing() {
        DataFile<Sample> missing = new DataFile<>(directory.resolve("nowhere").resolve("samples.json"), SAMPLES);
        DataFile.Loaded<Sample> loaded = missing.load();
        assertEquals(SAMPLES.defaults().get(), loaded.value());
        assertTrue(loaded.warning().isEmpty());
        assertFalse(Files.exists(directory.resolve("nowhere")));
    }

    /** The warning's words follow the language; the place in the file and the paths stay as they are. */
    @Test
    void aCorruptFilesWarningReadsInChinese() throws IOException {
        Files.writeString(directory.resolve("samples.json"), "{\n  \"name\": \"one\",\n  oops\n}");
        Texts.use(Language.SIMPLIFIED_CHINESE);
        String warning;
        try {
            warning = samples().load().warning().orElseThrow();
        } finally {
            Texts.use(Language.ENGLISH);
        }
        assertTrue(warning.startsWith("无法读取 " + directory.resolve("samples.json") + " 中的the samples（第 3 行，第 3 列"),
                warning);
        assertTrue(warning.endsWith("。改用默认值；旧文件已保留为 " + directory.resolve("samples.json.corrupt") + "。"), warning);
        assertFalse(warning.contains("Could not read") || warning.contains("Using the defaults"), warning);
    }

    @Test
    void aCorruptFileGivesTheDefaultsAWarningWithTheLineAndIsKeptAside() throws IOException {
        String corrupt = "{\n  \"name\": \"one\",\n  oops\n}";
        Files.writeString(directory.resolve("samples.json"), corrupt);
        DataFile.Loaded<Sample> loaded = samples().load();
        assertEquals(SAMPLES.defaults().get(), loaded.value());
        String warning = loaded.warning().orElseThrow();
        assertTrue(warning.startsWith("Could not read the samples in " + directory.resolve("samples.json") + " (line 3, column 3: "),
                warning);
        assertTrue(warning.endsWith("Using the defaults; the old file was kept as " + directory.resolve("samples.json.corrupt") + "."),
                warning);
        assertEquals(corrupt, Files.readString(directory.resolve("samples.json.corrupt")));
        assertFalse(Files.exists(directory.resolve("samples.json")));
    }

    @Test
    void filesThatAreWellFormedButUnusableAreCorruptToo() throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("", "the file holds nothing, not a JSON object");
        reasons.put("[1, 2]", "the file holds a JSON array, not a JSON object");
        reasons.put("{\"count\": \"many\"}", "count: ");
        reasons.put("{\"parts\": [{\"weight\": 1}, {\"weight\": \"heavy\"}]}", "parts[1].weight: ");
        reasons.put("{\"name\": \"a\", \"name\": \"b\"}", "line 1, column 21: Duplicate Object property \"name\"");
        reasons.put("{\"name\": \"a\"} {}", "line 1, column 15: more text after the end of the JSON object");
        reasons.put("{\"version\": \"one\"}", "\"version\" must be a whole number from 1, found \"one\"");
        reasons.put("{\"version\": 0}", "\"version\" must be a whole number from 1, found 0");
        for (Map.Entry<String, String> file : reasons.entrySet()) {
            Files.writeString(directory.resolve("samples.json"), file.getKey());
            DataFile.Loaded<Sample> loaded = samples().load();
            assertEquals(SAMPLES.defaults().get(), loaded.value(), file.getKey());
            String warning = loaded.warning().orElseThrow();
            assertTrue(warning.contains("(" + file.getValue()), file.getKey() + " -> " + warning);
            assertEquals(file.getKey(), Files.readString(directory.resolve("samples.json.corrupt")));
        }
    }

    @Test
    void aFileOfAnOlderVersionIsMigratedStepByStep() throws IOException {
        Migration renames = (from, tree) -> {
            switch (from) {
                case 1 -> tree.set("title", tree.remove("label"));
                case 2 -> tree.put("name", tree.remove("title").asString() + " (v3)");
                default -> throw new AssertionError(from);
            }
        };
        DataFormat<Sample> third = new DataFormat<>("the samples", Sample.class, 3, SAMPLES.defaults(), renames);
        Path file = directory.resolve("samples.json");
        Files.writeString(file, "{\"version\": 1, \"label\": \"old\", \"count\": 4}");
        assertEquals(new Sample("old (v3)", 4, null, List.of()), new DataFile<>(file, third).load().value());

        Files.writeString(file, "{\"version\": 2, \"title\": \"older\"}");
        assertEquals("older (v3)", new DataFile<>(file, third).load().value().name());

        new DataFile<>(file, third).save(SAMPLE);
        assertTrue(Files.readString(file).startsWith("{\n  \"version\": 3,\n"));
        assertEquals(SAMPLE, new DataFile<>(file, third).load().value(), "the current version is not migrated");
    }

    @Test
    void aFileWithoutVersionIsTakenAsTheCurrentOne() throws IOException {
        Migration fails = (from, tree) -> {
            throw new AssertionError("migrated from " + from);
        };
        Path file = directory.resolve("samples.json");
        Files.writeString(file, "{\"name\": \"by hand\"}");
        DataFormat<Sample> second = new DataFormat<>("the samples", Sample.class, 2, SAMPLES.defaults(), fails);
        assertEquals("by hand", new DataFile<>(file, second).load().value().name());
    }

    @Test
    void aReaderNeverSeesHalfAFile() throws Exception {
        Sample small = new Sample("small", 1, null, List.of());
        List<Part> many = Stream.iterate(0, i -> i + 1).limit(4000).map(i -> new Part("part " + i, i)).toList();
        Sample large = new Sample("large", 2, null, many);
        DataFile<Sample> file = samples();
        file.save(small);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 30; i++) {
                    file.save(i % 2 == 0 ? large : small);
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        int reads = 0;
        while (!writer.isDone() || reads == 0) {
            byte[] text = Files.readAllBytes(file.file());
            Sample read = file.read(text);
            assertTrue(read.equals(small) || read.equals(large), "read " + text.length + " bytes of another value");
            reads++;
        }
        writer.get(30, TimeUnit.SECONDS);
        try (Stream<Path> left = Files.list(directory)) {
            assertEquals(List.of(file.file()), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aValueThatCannotBeWrittenLeavesTheOldFileAsItWas() throws IOException {
        Path file = directory.resolve("values.json");
        Files.writeString(file, "{\"version\": 1}");
        @SuppressWarnings({"unchecked", "rawtypes"})
        DataFile<Object> values = new DataFile<>(file, (DataFormat) DataFormat.first("the values", Object.class, Object::new));
        assertThrows(IllegalArgumentException.class, () -> values.save(List.of(1, 2)));
        assertThrows(IllegalArgumentException.class, () -> values.save(Map.of("version", 2)));
        assertEquals("{\"version\": 1}", Files.readString(file, StandardCharsets.UTF_8));
        try (Stream<Path> left = Files.list(directory)) {
            assertEquals(List.of(file), left.toList());
        }
    }

    @Test
    void migrationsWorkOnTheTreeWithoutTheVersion() throws IOException {
        List<ObjectNode> seen = new ArrayList<>();
        DataFormat<Sample> second = new DataFormat<>("the samples", Sample.class, 2, SAMPLES.defaults(),
                (from, tree) -> seen.add(tree.deepCopy()));
        Files.writeString(directory.resolve("samples.json"), "{\"version\": 1, \"name\": \"n\"}");
        new DataFile<>(directory.resolve("samples.json"), second).load();
        assertEquals("{\"name\":\"n\"}", seen.getFirst().toString());
    }
}
