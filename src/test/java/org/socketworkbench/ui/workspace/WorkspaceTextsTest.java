package org.socketworkbench.ui.workspace;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.workspace.PartKind;
import org.socketworkbench.workspace.PartOutcome;
import org.socketworkbench.workspace.RestoreReport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workspace's menu items, status and report read in the window's language: English by
 * default, and no English words in Simplified Chinese (protocol names and Chrome's error names
 * stay as they are).
 */
class WorkspaceTextsTest {

    /** Words allowed in Chinese text: protocol names, Chrome's names, the product's name. */
    private static final Pattern ALLOWED = Pattern.compile("TCP|UDP|TLS|JSON|net::ERR_[A-Z_]+|Socket Workbench");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    private static RestoreReport report() {
        return new RestoreReport(List.of(PartOutcome.opened(PartKind.UDP_SOCKET, "0.0.0.0:5000"),
                new PartOutcome(PartKind.TCP_SERVER, "127.0.0.1:7000", false, -147, "net::ERR_ADDRESS_IN_USE", "")));
    }

    /** Menu texts, the status, the dialog's title, header and lines. */
    private static List<String> texts() throws Exception {
        return FxThread.call(() -> {
            List<String> texts = new ArrayList<>();
            for (MenuItem item : List.of(WorkspaceMenu.save(() -> { }).menuItem(), WorkspaceMenu.open(() -> { }).menuItem(),
                    WorkspaceMenu.restoreAtStart(new SimpleBooleanProperty()))) {
                texts.add(item.getText());
            }
            WorkspaceStatus status = new WorkspaceStatus(() -> null);
            status.show(report());
            texts.add(status.getText());
            texts.add(status.getTooltip().getText());
            Alert dialog = WorkspaceDialogs.showReport(null, report());
            texts.add(dialog.getTitle());
            texts.add(dialog.getHeaderText());
            @SuppressWarnings("unchecked")
            ListView<String> parts = (ListView<String>) dialog.getDialogPane().lookup("#workspaceReportParts");
            texts.addAll(parts.getItems());
            dialog.close();
            return texts;
        });
    }

    @Test
    void englishByDefault() throws Exception {
        List<String> texts = texts();
        assertEquals("Save _workspace\u2026", texts.get(0));
        assertEquals("Restore last workspace at start", texts.get(2));
        assertEquals("Workspace opened: 1 parts opened, 1 did not (see the list).", texts.get(3));
        assertTrue(texts.contains("TCP server 127.0.0.1:7000: not opened, net::ERR_ADDRESS_IN_USE. "), texts.toString());
    }

    @Test
    void simplifiedChineseHasNoEnglishWords() throws Exception {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        List<String> english = new ArrayList<>();
        for (String text : texts()) {
            Matcher word = WORD.matcher(ALLOWED.matcher(text).replaceAll(""));
            while (word.find()) {
                english.add(word.group() + " in " + text);
            }
        }
        assertEquals(List.of(), english);
    }
}
