package org.socketworkbench.traffic;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HexDumpTest {

    @Test
    void aShortPayloadIsOneLineWithTheGutterAligned() {
        assertEquals("0000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 ff   Hello, w orld!...\n",
                HexDump.format("Hello, world!\n\0\u00ff".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("0000  41 42 43                                           ABC\n",
                HexDump.format("ABC".getBytes()));
    }

    @Test
    void longerPayloadsContinueWithTheNextOffset() {
        byte[] bytes = new byte[20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x30 + i);
        }
        assertEquals("""
                0000  30 31 32 33 34 35 36 37  38 39 3a 3b 3c 3d 3e 3f   01234567 89:;<=>?
                0010  40 41 42 43                                        @ABC
                """, HexDump.format(bytes));
    }

    @Test
    void exactlyEightBytesKeepTheGroupSpacing() {
        assertEquals("0000  61 62 63 64 65 66 67 68                            abcdefgh\n",
                HexDump.format("abcdefgh".getBytes()));
    }

    @Test
    void nonPrintablesAreDotsIncludingDeleteAndHighBytes() {
        String line = HexDump.format(new byte[] {0x1f, 0x20, 0x7e, 0x7f, (byte) 0x80});
        assertEquals(". ~..", line.substring(line.length() - 6, line.length() - 1));
    }

    @Test
    void nothingGivesNothing() {
        assertEquals("", HexDump.format(new byte[0]));
    }

    @Test
    void theOffsetWidensBeyond64KiB() {
        String dump = HexDump.format(new byte[0x10010]);
        String[] lines = dump.split("\n");
        assertEquals(0x1001, lines.length);
        assertEquals("00000", lines[0].substring(0, 5));
        assertEquals("10000  00", lines[0x1000].substring(0, 9));
    }

    @Test
    void aLimitShowsTheFirstBytesAndSaysWhatWasLeftOut() {
        String dump = HexDump.format(new byte[100], 32);
        String[] lines = dump.split("\n");
        assertEquals(3, lines.length);
        assertEquals("0010", lines[1].substring(0, 4));
        assertEquals("... 68 more bytes not shown (100 in total)", lines[2]);
    }
}
