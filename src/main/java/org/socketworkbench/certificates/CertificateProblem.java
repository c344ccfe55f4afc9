package org.socketworkbench.certificates;

/** A certificate or key the user chose cannot be used; the message names the problem in plain words. */
public final class CertificateProblem extends Exception {

    public CertificateProblem(String message) {
        super(message);
    }

    public CertificateProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
