package org.socketworkbench.certificates;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The certificates the user trusts, each for one endpoint (see {@link TrustedCertificate}). Safe to
 * read from engine threads; every change is reported to the listener (the app keeps the list in
 * settings). There is no entry that trusts everything.
 */
public final class TrustedCertificates {

    private final CopyOnWriteArrayList<TrustedCertificate> entries = new CopyOnWriteArrayList<>();
    private volatile Consumer<List<TrustedCertificate>> listener = list -> { };

    public TrustedCertificates() {
    }

    public TrustedCertificates(List<TrustedCertificate> initial) {
        entries.addAll(initial);
    }

    /** Called with the whole list after every change. */
    public void onChange(Consumer<List<TrustedCertificate>> value) {
        listener = Objects.requireNonNull(value);
    }

    /** The fingerprints trusted for HOST:PORT. */
    public Set<String> pinsFor(String host, int port) {
        return entries.stream().filter(e -> e.isFor(host, port)).map(TrustedCertificate::sha256)
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<TrustedCertificate> all() {
        return List.copyOf(entries);
    }

    public void trust(TrustedCertificate certificate) {
        if (entries.addIfAbsent(certificate)) {
            listener.accept(all());
        }
    }

    public void remove(TrustedCertificate certificate) {
        if (entries.remove(certificate)) {
            listener.accept(all());
        }
    }
}
