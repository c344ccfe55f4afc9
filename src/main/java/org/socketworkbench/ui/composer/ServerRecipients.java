package org.socketworkbench.ui.composer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.sockets.SocketRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Whom a TCP server's composer sends to: the choice of one of its connections or all of them,
 * and how many there are, kept current from the server's connections. FX thread.
 */
final class ServerRecipients {

    private final IntFunction<List<SocketRow>> connectionsOf;
    private final ObservableList<Recipient> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Recipient> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private SocketRow server;

    /** @param connectionsOf a server's connected accepted connections, in id order */
    ServerRecipients(IntFunction<List<SocketRow>> connectionsOf) {
        this.connectionsOf = connectionsOf;
    }

    ObservableList<Recipient> choices() {
        return choices;
    }

    ObjectProperty<Recipient> chosenProperty() {
        return chosen;
    }

    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** A new target: a server (all its connections chosen) or null for anything else. */
    void serve(SocketRow newServer) {
        server = newServer;
        chosen.set(server == null ? null : Recipient.ALL);
        refresh();
    }

    /**
     * Reads the server's connections again; call about once a pulse. The choices are replaced
     * only when the connections changed, so an open list is not disturbed needlessly. A chosen
     * connection that went away leaves no choice (never "all" unasked).
     */
    void refresh() {
        List<SocketRow> connections = server == null ? List.of() : connectionsOf.apply(server.id());
        count.set(connections.size());
        List<Recipient> next = new ArrayList<>(connections.size() + 1);
        if (server != null) {
            next.add(Recipient.ALL);
        }
        connections.forEach(connection -> next.add(Recipient.of(connection)));
        if (!sameSockets(next, choices)) {
            Recipient before = chosen.get();
            choices.setAll(next);
            chosen.set(before != null && next.stream().anyMatch(r -> r.socketId() == before.socketId()) ? before : null);
        }
    }

    /** What keeps the server from sending, in plain words. */
    Optional<String> problem() {
        if (server == null) {
            return Optional.empty();
        }
        if (chosen.get() == null) {
            return Optional.of(Texts.get("composer.problem.chooseConnection", server.id()));
        }
        if (chosen.get().isAll() && count.get() == 0) {
            return Optional.of(Texts.get("composer.problem.noConnections", server.id()));
        }
        return Optional.empty();
    }

    /** The sockets a send reaches now: the chosen connection, or every connection. */
    List<Integer> socketIds() {
        Recipient recipient = chosen.get();
        if (server == null || recipient == null) {
            return List.of();
        }
        return recipient.isAll() ? connectionsOf.apply(server.id()).stream().map(SocketRow::id).toList()
                : List.of(recipient.socketId());
    }

    private static boolean sameSockets(List<Recipient> a, List<Recipient> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).socketId() != b.get(i).socketId()) {
                return false;
            }
        }
        return true;
    }
}
