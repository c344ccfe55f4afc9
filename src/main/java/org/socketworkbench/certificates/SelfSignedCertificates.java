package org.socketworkbench.certificates;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.socketworkbench.engine.CertificateInfo;

import java.io.IOException;
import java.math.BigInteger;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Self-signed server certificates for the names the user types ({@code localhost} by default),
 * made with BouncyCastle (the JDK has no public API to build a certificate) and kept as a PEM pair
 * in {@code <config dir>/certificates/}, so a client that pinned the fingerprint keeps trusting the
 * server after a restart. EC P-256: generated in milliseconds, and every TLS client speaks it.
 */
public final class SelfSignedCertificates {

    public static final List<String> DEFAULT_NAMES = List.of("localhost");
    private static final Duration VALIDITY = Duration.ofDays(825);
    /** A kept certificate that ends within this is replaced by a new one. */
    private static final Duration RENEW_BEFORE = Duration.ofDays(1);
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Path directory;

    /** @param configDirectory the workbench's config directory (certificates go in a subfolder) */
    public SelfSignedCertificates(Path configDirectory) {
        this.directory = configDirectory.resolve("certificates");
    }

    /**
     * The kept certificate for exactly these names, or a new one (then kept). Names are host
     * names (IDN allowed) or IP literals; order and case do not matter.
     */
    public ServerIdentity forNames(List<String> typed) throws CertificateProblem {
        List<String> names = normalized(typed);
        Path file = directory.resolve("self-signed-" + String.join("_", names).replace(':', '-').replace('*', '+')
                + ".pem");
        if (Files.isRegularFile(file)) {
            ServerIdentity kept = reuse(file, names);
            if (kept != null) {
                return kept;
            }
        }
        ServerIdentity fresh = generate(names);
        keep(file, fresh);
        return new ServerIdentity(fresh.chain(), fresh.key(), fresh.source() + " (" + file + ")");
    }

    /** A new self-signed certificate, not kept anywhere. */
    public static ServerIdentity generate(List<String> typed) throws CertificateProblem {
        List<String> names = normalized(typed);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, names.getFirst())
                    .addRDN(BCStyle.O, "Socket Workbench (self-signed)").build(); // i18n-ok: the certificate's subject, read by programs
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)), subject, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
                    names.stream().map(SelfSignedCertificates::generalName).toArray(GeneralName[]::new)));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            return new ServerIdentity(List.of(certificate), keys.getPrivate(),
                    CertificateMessages.text("certificates.selfSignedFor", String.join(", ", names)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.CANNOT_GENERATE, e.getMessage()), e);
        }
    }

    private static GeneralName generalName(String name) {
        return isIpLiteral(name) ? new GeneralName(GeneralName.iPAddress, name) : new GeneralName(GeneralName.dNSName, name);
    }

    /** Lower-case A-label names and IP literals, duplicates dropped, in the order typed; at least one. */
    static List<String> normalized(List<String> typed) throws CertificateProblem {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String raw : typed == null ? List.<String>of() : typed) {
            String name = raw == null ? "" : raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (isIpLiteral(name)) {
                names.add(name.toLowerCase(Locale.ROOT));
                continue;
            }
            String ascii;
            try {
                ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new CertificateProblem(CertificateMessages.text(CertificateMessages.BAD_NAME, name), e);
            }
            if (!HOST_NAME.matcher(ascii).matches()) {
                throw new CertificateProblem(CertificateMessages.text(CertificateMessages.BAD_NAME, name));
            }
            names.add(ascii);
        }
        if (names.isEmpty()) {
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.NO_NAMES));
        }
        return List.copyOf(names);
    }

    private static boolean isIpLiteral(String name) {
        return IPV4.matcher(name).matches() && java.util.Arrays.stream(name.split("\\."))
                .allMatch(part -> Integer.parseInt(part) <= 255) || name.contains(":") && name.matches("[0-9a-fA-F:.]+");
    }

    /** The kept certificate when it still fits: readable, for these names, not about to expire. */
    private static ServerIdentity reuse(Path file, List<String> names) {
        try {
            ServerIdentity kept = PemFiles.identity(file, file);
            CertificateInfo info = kept.leafInfo();
            boolean sameNames = new LinkedHashSet<>(info.subjectAltNames()).equals(new LinkedHashSet<>(names));
            boolean fresh = info.notAfter().isAfter(Instant.now().plus(RENEW_BEFORE));
            return sameNames && fresh ? new ServerIdentity(kept.chain(), kept.key(),
                    CertificateMessages.text("certificates.selfSignedKept", String.join(", ", names), file)) : null;
        } catch (CertificateProblem e) {
            // a damaged file is replaced by a new certificate
            return null;
        }
    }

    /** Writes key and certificate to a temporary file readable by the user only, then moves it in place. */
    private static void keep(Path file, ServerIdentity identity) throws CertificateProblem {
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), "self-signed", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Windows: the config directory is the user's own already
            }
            List<Object> objects = new ArrayList<>(identity.chain());
            // PKCS#8 ("PRIVATE KEY"), the form every tool reads
            objects.add(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(identity.key(), null));
            Files.writeString(temporary, PemFiles.pem(objects.toArray()), StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.CANNOT_STORE, file.getParent(), e.getMessage()), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }
}
