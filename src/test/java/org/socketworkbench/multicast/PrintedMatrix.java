package org.socketworkbench.multicast;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the last matrix {@code probe --matrix} printed ({@link MatrixTable}) back into cells, for tests. */
record PrintedMatrix(List<String> senders, Map<String, Map<String, String>> cells) {

    static PrintedMatrix lastIn(String output) {
        return lastIn(output, "");
    }

    /** The last matrix printed for a channel whose text starts with {@code channel} ("" for any). */
    static PrintedMatrix lastIn(String output, String channel) {
        List<String> lines = output.lines().toList();
        int start = lines.size() - 1;
        while (start >= 0 && !lines.get(start).startsWith("matrix of " + channel)) {
            start--;
        }
        if (start < 0) {
            throw new AssertionError("no matrix in\n" + output);
        }
        List<String> header = Arrays.asList(lines.get(start + 1).strip().split("\\s+"));
        List<String> senders = header.subList(1, header.size() - 2);
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        for (String line : lines.subList(start + 2, lines.size())) {
            List<String> words = Arrays.asList(line.strip().split("\\s+"));
            if (words.size() < senders.size() + 1) {
                break;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < senders.size(); i++) {
                row.put(senders.get(i), words.get(i + 1));
            }
            cells.put(words.getFirst(), row);
        }
        return new PrintedMatrix(List.copyOf(senders), cells);
    }

    /** The loss percentage of a cell ("12.34%/..."), or -1 when the pair is not reported. */
    double loss(String receiver, String sender) {
        String cell = cells.getOrDefault(receiver, Map.of()).getOrDefault(sender, MatrixTable.ABSENT);
        return cell.equals(MatrixTable.ABSENT) ? -1 : Double.parseDouble(cell.substring(0, cell.indexOf('%')));
    }
}
