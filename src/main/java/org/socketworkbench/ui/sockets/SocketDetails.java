package org.socketworkbench.ui.sockets;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.socketworkbench.engine.CertificateInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.TlsInfo;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.ui.StyleClasses;

/** The details panel: chrome.socket getInfo of the selected socket, plus its multicast groups. */
final class SocketDetails extends GridPane {

    private final SocketActions actions;
    private final Label title = new Label(Texts.get("sockets.details.none"));
    private final Label info = new Label();

    SocketDetails(SocketActions actions) {
        this.actions = actions;
        setId("socketDetails");
        getStyleClass().add(StyleClasses.SOCKET_DETAILS);
        setPadding(new Insets(4, 8, 4, 8));
        setHgap(8);
        title.getStyleClass().add(StyleClasses.PANE_TITLE);
        info.setId("socketInfo");
        info.setWrapText(true);
        add(title, 0, 0);
        add(info, 0, 1);
    }

    /** For a multi-selection: how many, and what can be done with them all. */
    void showSelected(int count) {
        title.setText(Texts.get("sockets.details.selected", count));
        info.setText(Texts.get("sockets.details.selected.help"));
    }

    /** Asks the engine for getInfo of {@code row}'s socket and shows it. */
    void show(SocketRow row) {
        if (row == null) {
            title.setText(Texts.get("sockets.details.none"));
            info.setText("");
            return;
        }
        title.setText(Texts.get("sockets.details.title", row.id(), row.typeLabel(), row.status().text()));
        actions.getInfo(row.id(), details -> {
            info.setText(describe(details, row));
            if (row.status() == SocketStatus.SECURED) {
                actions.getTlsInfo(row.id(), tls -> {
                    if (tls != null) {
                        info.setText(describe(details, row) + "\n" + describe(tls));
                    }
                });
            }
        });
    }

    /** What TLS negotiated, client or server side, and the peer's chain. */
    static String describe(TlsInfo tls) {
        String none = Texts.get("sockets.details.none.value");
        StringBuilder text = new StringBuilder(Texts.get("sockets.details.tls",
                Texts.get(tls.server() ? "sockets.details.tls.server" : "sockets.details.tls.client"), tls.protocol(),
                tls.cipherSuite(), tls.alpn() == null ? none : tls.alpn(),
                tls.serverName() == null ? none : tls.serverName(),
                Texts.get(tls.resumed() ? "sockets.details.tls.resumed" : "sockets.details.tls.full")));
        if (tls.peerChain().isEmpty()) {
            text.append('\n').append(Texts.get("sockets.details.peerCertificate.none"));
        }
        for (CertificateInfo certificate : tls.peerChain()) {
            text.append('\n').append(Texts.get("sockets.details.peerCertificate", certificate.subject(),
                    String.join(", ", certificate.subjectAltNames()), certificate.issuer(),
                    certificate.notBefore(), certificate.notAfter(), certificate.sha256()));
        }
        return text.toString();
    }

    private static String describe(SocketInfo details, SocketRow row) {
        StringBuilder text = new StringBuilder(Texts.get("sockets.details.info", details.socketType(),
                details.connected()));
        if (details.localAddress() != null) {
            text.append(Texts.get("sockets.details.info.local", details.localAddress() + ":" + details.localPort()));
        }
        if (details.peerAddress() != null) {
            text.append(Texts.get("sockets.details.info.peer", details.peerAddress() + ":" + details.peerPort()));
        }
        if (!row.groups().isEmpty()) {
            text.append('\n').append(Texts.get("sockets.details.groups", String.join(", ", row.groups())));
        }
        if (!row.lastResult().isEmpty()) {
            text.append('\n').append(Texts.get("sockets.details.lastResult", row.lastResult()));
        }
        return text.toString();
    }
}
