package org.socketworkbench.ui.multicast;

import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.adapters.AdapterScanner;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.multicast.MulticastWorkspace;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.testing.ShownTexts;
import org.socketworkbench.ui.adapters.AdapterListModel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The multicast view in Simplified Chinese: with a group added, every text it shows (labels,
 * buttons, tabs, columns, prompts, tooltips, menu items, choices) is free of English words but
 * protocol names, units, addresses, adapter names, the host name and the command name ({@code probe}).
 */
class MulticastPaneChineseTest {

    private static final String HOST = "pane-test";
    private static final GroupAddress GROUP = GroupAddress.parse("239.255.42.9:45129");
    /** Words that stay as they are in every language. */
    private static final Pattern ALLOWED = Pattern.compile(
            "TTL|UDP|TCP|IPv4|IPv6|SSM|RTT|CSV|JSON|ID|ms|socket-workbench probe|probe|" + Pattern.quote(HOST));
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    private MulticastWorkspace workspace;
    private MulticastViewModel model;
    private MulticastPane pane;
    private SocketEngine engine;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void mountInChinese() throws Exception {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        fx.mount(() -> {
            engine = SocketEngine.builder().build();
            workspace = new MulticastWorkspace(engine, HOST);
            AdapterListModel adapters = new AdapterListModel(new AdapterScanner(), Platform::runLater);
            adapters.refresh();
            model = new MulticastViewModel(workspace, adapters.adapters());
            pane = new MulticastPane(model);
            return pane;
        }, 1500, 900, MulticastPane.class.getResource("/org/socketworkbench/ui/workbench.css").toExternalForm());
        FxThread.waitUntil(20, () -> model.adapterNames().contains("lo"));
        FxThread.run(() -> model.addGroup(new GroupSettings(GROUP, 0, true)));
        FxThread.waitUntil(20, () -> pane.lookup("#senderSource-0") != null);
    }

    @AfterEach
    void unmount() throws Exception {
        try {
            FxThread.call(() -> {
                model.dispose();
                return null;
            });
            workspace.close();
            engine.close();
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }

    @Test
    void everyTextTheViewShowsIsChinese() throws Exception {
        List<String> english = FxThread.call(() -> {
            List<String> texts = ShownTexts.of(pane);
            List<String> found = new ArrayList<>();
            List<String> adapterNames = List.copyOf(model.adapterNames());
            for (String text : texts) {
                String rest = ALLOWED.matcher(text).replaceAll(" ");
                for (String adapter : adapterNames) {
                    rest = rest.replace(adapter, " ");
                }
                Matcher word = WORD.matcher(rest);
                if (word.find()) {
                    found.add(text);
                }
            }
            return found;
        });
        assertEquals(List.of(), english, "English words in the Chinese view");
    }

    @Test
    void theSenderOffersTheAdaptersAddressesAsItsSource() throws Exception {
        List<String> offered = FxThread.call(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> source = (ComboBox<String>) pane.lookup("#senderSource-0");
            return source.getItems().stream().map(a -> source.getConverter().toString(a)).toList();
        });
        assertEquals(Texts.get("multicast.sender.source.own"), offered.getFirst(), "the OS's choice comes first");
        assertTrue(offered.contains("127.0.0.1"), "lo's address is offered: " + offered);
    }
}
