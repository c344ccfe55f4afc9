package org.socketworkbench.replies;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessageFramerTest {

    private static MessageFramer framer(Framing framing) {
        return RuleCompiler.compile(RuleSet.echo(framing)).newFramer();
    }

    private static List<String> bodies(List<Message> messages) {
        return messages.stream().map(m -> new String(m.body(), StandardCharsets.ISO_8859_1)).toList();
    }

    @Test
    void aDelimitedStreamArrivingOneBytePerReadGivesOneMessageEach() {
        MessageFramer framer = framer(Framing.delimiter("\\r\\n"));
        List<Message> messages = new ArrayList<>();
        for (byte b : "ping\r\nGET a\r\n\r\nlast".getBytes(StandardCharsets.US_ASCII)) {
            messages.addAll(framer.push(new byte[] {b}));
        }
        assertEquals(List.of("ping", "GET a", ""), bodies(messages));
        assertEquals("ping\r\n", new String(messages.getFirst().frame(), StandardCharsets.US_ASCII), "the frame keeps its delimiter");
        assertEquals(List.of("last"), bodies(framer.finish()), "what is left when the stream ends");
        assertEquals(List.of(), framer.finish());
    }

    @Test
    void manyMessagesInOneReadAndADelimiterCutBetweenReads() {
        MessageFramer framer = framer(Framing.delimiter("\\r\\n"));
        assertEquals(List.of("a", "b"), bodies(framer.push("a\r\nb\r\nc\r".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(List.of("c"), bodies(framer.push("\n".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void fixedLengthCutsEveryNBytes() {
        MessageFramer framer = framer(Framing.fixedLength(3));
        assertEquals(List.of("abc"), bodies(framer.push("abcde".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(List.of("def", "ghi"), bodies(framer.push("fghi".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void perReadPassesEachReadOn() {
        MessageFramer framer = framer(Framing.PER_READ);
        assertEquals(List.of("a\r\nb"), bodies(framer.push("a\r\nb".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void aDelimiterThatNeverComesLetsNoMoreThanTheLimitPileUp() {
        MessageFramer framer = framer(Framing.delimiter("\\n"));
        byte[] chunk = new byte[Framing.MAX_MESSAGE / 4 + 1];
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            messages.addAll(framer.push(chunk));
        }
        assertEquals(1, messages.size());
        assertEquals(Framing.MAX_MESSAGE + 4, messages.getFirst().body().length);
    }
}
