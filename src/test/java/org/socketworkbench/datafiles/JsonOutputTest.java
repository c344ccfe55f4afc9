package org.socketworkbench.datafiles;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonOutputTest {

    record Result(String group, long received, double lossPercent, List<Integer> gaps, Map<String, Integer> bySender,
                  Instant at, Duration took) {
    }

    private static final Result RESULT = new Result("239.1.2.3:5000", 10, 0.5, List.of(3, 7),
            new TreeMap<>(Map.of("b", 2, "a", 1)), Instant.parse("2026-12-02T13:40:00.123Z"), Duration.ofMillis(1500));

    @Test
    void aDocumentIsPrettyPrintedLikeTheDataFiles() {
        assertEquals("""
                {
                  "group": "239.1.2.3:5000",
                  "received": 10,
                  "lossPercent": 0.5,
                  "gaps": [
                    3,
                    7
                  ],
                  "bySender": {
                    "a": 1,
                    "b": 2
                  },
                  "at": "2026-12-02T13:40:00.123Z",
                  "took": "PT1.5S"
                }
                """, JsonOutput.document(RESULT));
    }

    @Test
    void aLineIsOneCompactLine() {
        assertEquals("{\"group\":\"239.1.2.3:5000\",\"received\":10,\"lossPercent\":0.5,\"gaps\":[3,7],"
                + "\"bySender\":{\"a\":1,\"b\":2},\"at\":\"2026-12-02T13:40:00.123Z\",\"took\":\"PT1.5S\"}\n",
                JsonOutput.line(RESULT));
    }
}
