package org.socketworkbench.ui.adapters;

import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.adapters.Adapter;
import org.socketworkbench.adapters.AdapterScanner;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.testing.ShownTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adapter list in Simplified Chinese: its header, columns, placeholder, flags, status and a
 * row's menu are free of English words but protocol names, MTU, Chrome's getNetworkList, and what
 * the OS reports (adapter names, addresses, MAC addresses).
 */
class AdapterListPaneChineseTest {

    private static final String ALWAYS = "UDP|TCP|IPv4|IPv6|MTU|getNetworkList|[0-9a-fA-F:.%]*:[0-9a-fA-F:.%]*(/\\d+)?";

    private AdapterListModel model;
    private AdapterListPane pane;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void mountInChinese() throws Exception {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        fx.mount(() -> {
            model = new AdapterListModel(new AdapterScanner(), Platform::runLater);
            model.refresh();
            pane = new AdapterListPane(model, new NoCommands());
            return pane;
        }, 1200, 600, AdapterListPane.class.getResource("/org/socketworkbench/ui/workbench.css").toExternalForm());
        FxThread.waitUntil(20, () -> model.adapters().stream().anyMatch(a -> a.name().equals("lo")));
    }

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void everyTextThePaneAndARowMenuShowIsChinese() throws Exception {
        List<String> english = FxThread.call(() -> {
            pane.applyCss();
            pane.layout();
            Pattern allowed = allowedWith(model.adapters());
            List<String> texts = new ArrayList<>(ShownTexts.of(pane));
            texts.add(model.statusProperty().get());
            Adapter loopback = model.adapters().stream().filter(a -> a.name().equals("lo")).findFirst().orElseThrow();
            texts.addAll(ShownTexts.of(pane.menuFor(loopback)));
            return ShownTexts.english(texts, allowed);
        });
        assertEquals(List.of(), english, "English words in the Chinese adapter list");
    }

    @Test
    void columnsKeepTheirIdsAndFollowTheLanguage() throws Exception {
        TableView<?> table = FxThread.call(() -> (TableView<?>) pane.lookup("#adapterTable"));
        assertEquals("适配器", FxThread.call(() -> column(table, "adapter-adapter").getText()));
        Texts.use(Language.ENGLISH);
        FxThread.waitUntil(5, () -> "Adapter".equals(column(table, "adapter-adapter").getText()));
        assertTrue(FxThread.call(() -> table.getColumns().stream().allMatch(c -> c.getId() != null)));
    }

    private static TableColumn<?, ?> column(TableView<?> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /** The OS's names of the adapters are shown as the OS writes them. */
    private static Pattern allowedWith(List<Adapter> adapters) {
        String names = adapters.stream()
                .flatMap(a -> java.util.stream.Stream.of(a.name(), a.displayName()))
                .distinct().sorted((x, y) -> y.length() - x.length())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile(names.isEmpty() ? ALWAYS : names + "|" + ALWAYS);
    }

    private static final class NoCommands implements AdapterListPane.AdapterCommands {
        @Override
        public void udpSocketOn(String address, String adapter) {
        }

        @Override
        public void listenOn(String address) {
        }

        @Override
        public void joinGroupOn(String adapter, boolean ipv6) {
        }

        @Override
        public void sendBroadcast(String broadcastAddress) {
        }

        @Override
        public void wakeOnLan(String broadcastAddress) {
        }
    }
}
