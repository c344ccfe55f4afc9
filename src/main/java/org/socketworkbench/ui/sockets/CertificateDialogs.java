package org.socketworkbench.ui.sockets;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.socketworkbench.certificates.TrustedCertificate;
import org.socketworkbench.certificates.TrustedCertificates;
import org.socketworkbench.engine.CertificateInfo;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.i18n.Texts;

import java.util.List;

/**
 * The certificate dialogs: a TLS server's fingerprint (copyable, so a client can pin it), the
 * certificate a failed secure() met with the offer to trust it for that endpoint, and the list of
 * trusted certificates with removal. Texts come from the sockets bundle when a dialog opens.
 */
final class CertificateDialogs {

    private CertificateDialogs() {
    }

    /** The server's certificate with its fingerprint in a selectable field and a copy button. */
    static void showServerCertificate(Window owner, CertificateInfo leaf, String source) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Texts.get("sockets.certificate.server.title"));
        alert.setHeaderText(Texts.get("sockets.certificate.server.header"));
        alert.getDialogPane().setContent(describe(leaf, source));
        alert.getDialogPane().setId("serverCertificateDialog");
        alert.show();
    }

    /** The certificate chain a failed secure() met; true when the user chose to trust the leaf. */
    static boolean offerTrust(Window owner, String endpoint, int code, List<CertificateInfo> chain) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(trustTitle());
        alert.setHeaderText(Texts.get("sockets.certificate.trust.header", endpoint, NetError.describe(code)));
        VBox content = new VBox(8);
        for (CertificateInfo certificate : chain) {
            content.getChildren().add(describe(certificate, null));
        }
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("trustCertificateDialog");
        ButtonType trust = new ButtonType(Texts.get("sockets.certificate.trust.button", endpoint), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(trust, ButtonType.CANCEL);
        return alert.showAndWait().filter(trust::equals).isPresent();
    }

    static void showTrusted(Window owner, String endpoint) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Texts.get("sockets.certificate.trusted", endpoint));
        alert.initOwner(owner);
        alert.setTitle(trustTitle());
        alert.show();
    }

    /** The trusted certificates, each removable. */
    static void manage(Window owner, TrustedCertificates trusted) {
        Alert alert = new Alert(Alert.AlertType.NONE);
        alert.initOwner(owner);
        alert.setTitle(Texts.get("sockets.certificate.list.title"));
        alert.setHeaderText(Texts.get("sockets.certificate.list.header"));
        ListView<TrustedCertificate> list = new ListView<>();
        list.setId("trustedCertificates");
        list.setPlaceholder(new Label(Texts.get("sockets.certificate.list.none")));
        list.getItems().setAll(trusted.all());
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TrustedCertificate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.endpoint() + "  " + item.subject() + "\n" + item.sha256());
            }
        });
        Button remove = new Button(Texts.get("sockets.certificate.remove"));
        remove.setId("removeTrustedCertificate");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            TrustedCertificate selected = list.getSelectionModel().getSelectedItem();
            trusted.remove(selected);
            list.getItems().setAll(trusted.all());
        });
        list.setPrefSize(560, 220);
        alert.getDialogPane().setContent(new VBox(8, list, remove));
        alert.getButtonTypes().setAll(ButtonType.CLOSE);
        alert.show();
    }

    /** Subject, names, issuer, validity and the fingerprint (selectable, with a copy button). */
    static GridPane describe(CertificateInfo certificate, String source) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        if (source != null) {
            grid.addRow(row++, new Label(Texts.get("sockets.certificate.source")), new Label(source));
        }
        grid.addRow(row++, new Label(Texts.get("sockets.certificate.subject")), new Label(certificate.subject()));
        grid.addRow(row++, new Label(Texts.get("sockets.certificate.names")), new Label(String.join(", ", certificate.subjectAltNames())));
        grid.addRow(row++, new Label(Texts.get("sockets.certificate.issuer")), new Label(certificate.issuer()));
        grid.addRow(row++, new Label(Texts.get("sockets.certificate.valid")),
                new Label(Texts.get("sockets.certificate.validity", certificate.notBefore(), certificate.notAfter())));
        TextField fingerprint = new TextField(certificate.sha256());
        fingerprint.setId("certificateFingerprint");
        fingerprint.setEditable(false);
        fingerprint.setPrefColumnCount(48);
        Button copy = new Button(Texts.get("sockets.certificate.copy"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(certificate.sha256());
            Clipboard.getSystemClipboard().setContent(content);
        });
        grid.addRow(row, new Label("SHA-256"), new HBox(4, fingerprint, copy));
        return grid;
    }

    /** The title of the dialogs about a certificate secure() did not trust. */
    static String trustTitle() {
        return Texts.get("sockets.certificate.trust.title");
    }

    /** A problem with the certificate or key the user chose, in the user's words. */
    static void showProblem(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(3);
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
