package org.socketworkbench.certificates;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The certificate loaders speak the chosen language: in Simplified Chinese a file that holds no
 * certificate is explained in Chinese (the file's name and PEM's own markers stay), and both
 * bundles hold the same keys.
 */
class CertificateMessagesChineseTest {

    @TempDir
    Path folder;

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void aFileWithoutACertificateIsExplainedInChinese() throws IOException {
        Path file = Files.writeString(folder.resolve("empty.pem"), "\n");
        Texts.use(Language.SIMPLIFIED_CHINESE);
        CertificateProblem problem = assertThrows(CertificateProblem.class, () -> PemFiles.certificates(file));
        assertEquals("empty.pem 中没有 PEM 证书（应包含 -----BEGIN CERTIFICATE-----）", problem.getMessage());
        Texts.use(Language.ENGLISH);
        CertificateProblem english = assertThrows(CertificateProblem.class, () -> PemFiles.certificates(file));
        assertEquals("empty.pem holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)", english.getMessage());
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        assertEquals(keys("certificates.properties"), keys("certificates_zh_CN.properties"));
    }

    private static java.util.Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CertificateMessagesChineseTest.class.getResourceAsStream("/org/socketworkbench/i18n/" + bundle)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
