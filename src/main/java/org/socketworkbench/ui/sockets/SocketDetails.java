package org.socketworkbench.ui.sockets;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.socketworkbench.engine.CertificateInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.TlsInfo;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.ui.StyleClasses;

/** The details panel: chrome.socket getInfo of the selected socket, plus its multicast groups. */
final class SocketDetails extends GridPane {

    private final SocketActions actions;
    private final Label title = new Label("Select a socket to see its details");
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
        title.setText(count + " sockets selected");
        info.setText("Delete destroys them; the context menu disconnects or destroys them all");
    }

    /** Asks the engine for getInfo of {@code row}'s socket and shows it. */
    void show(SocketRow row) {
        if (row == null) {
            title.setText("Select a socket to see its details");
            info.setText("");
            return;
        }
        title.setText("Socket " + row.id() + " · " + row.typeLabel() + " · " + row.status().label());
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
        StringBuilder text = new StringBuilder("TLS (").append(tls.server() ? "server side" : "client side")
                .append("): ").append(tls.protocol()).append(", ").append(tls.cipherSuite())
                .append(", ALPN ").append(tls.alpn() == null ? "none" : tls.alpn())
                .append(", SNI ").append(tls.serverName() == null ? "none" : tls.serverName())
                .append(tls.resumed() ? ", resumed session" : ", full handshake");
        if (tls.peerChain().isEmpty()) {
            text.append("\npeer certificate: none");
        }
        for (CertificateInfo certificate : tls.peerChain()) {
            text.append("\npeer certificate: ").append(certificate.subject())
                    .append("\n  names ").append(String.join(", ", certificate.subjectAltNames()))
                    .append("\n  issuer ").append(certificate.issuer())
                    .append("\n  valid ").append(certificate.notBefore()).append(" to ").append(certificate.notAfter())
                    .append("\n  SHA-256 ").append(certificate.sha256());
        }
        return text.toString();
    }

    private static String describe(SocketInfo details, SocketRow row) {
        StringBuilder text = new StringBuilder("getInfo: socketType ").append(details.socketType())
                .append(", connected ").append(details.connected());
        if (details.localAddress() != null) {
            text.append(", local ").append(details.localAddress()).append(':').append(details.localPort());
        }
        if (details.peerAddress() != null) {
            text.append(", peer ").append(details.peerAddress()).append(':').append(details.peerPort());
        }
        if (!row.groups().isEmpty()) {
            text.append("\nmulticast groups: ").append(String.join(", ", row.groups()));
        }
        if (!row.lastResult().isEmpty()) {
            text.append("\nlast result: ").append(row.lastResult());
        }
        return text.toString();
    }
}
