package org.socketworkbench.engine.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.SecureOptions;
import org.socketworkbench.engine.TLSVersionConstraints;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** secure()'s tlsVersion bounds against what the platform enables (contract §5.21 step 6). */
class TlsVersionRangeTest {

    private static final List<String> PLATFORM = List.of("TLSv1.3", "TLSv1.2");
    private static final List<String> PERMISSIVE = List.of("TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1");

    @ParameterizedTest(name = "min={0} max={1} -> {2}")
    @CsvSource({
            ", , TLSv1.2 TLSv1.3",
            "tls1, , TLSv1.2 TLSv1.3",
            ", tls1.2, TLSv1.2",
            "tls1.3, , TLSv1.3",
            "tls1.2, tls1.2, TLSv1.2",
            "TLS1.2, tls9, TLSv1.2 TLSv1.3",
            "ssl3, tls1.3, TLSv1.2 TLSv1.3"})
    void boundsCutThePlatformsRange(String min, String max, String expected) throws Exception {
        assertEquals(Arrays.asList(expected.split(" ")), TlsHandshake.protocols(PLATFORM, bounds(min, max)));
    }

    @ParameterizedTest(name = "min={0} max={1}")
    @CsvSource({"tls1.3, tls1.2", ", tls1.1", "tls1, tls1.1"})
    void anEmptyRangeIsNoSslVersionsEnabled(String min, String max) {
        TlsHandshake.Failure failure = assertThrows(TlsHandshake.Failure.class,
                () -> TlsHandshake.protocols(PLATFORM, bounds(min, max)));
        assertEquals(NetError.NO_SSL_VERSIONS_ENABLED.code(), failure.code());
    }

    @ParameterizedTest(name = "min={0} max={1} -> {2}")
    @CsvSource({"tls1, tls1.1, TLSv1 TLSv1.1", ", tls1.1, TLSv1 TLSv1.1"})
    void olderVersionsWorkWhereThePlatformStillEnablesThem(String min, String max, String expected) throws Exception {
        assertEquals(Arrays.asList(expected.split(" ")), TlsHandshake.protocols(PERMISSIVE, bounds(min, max)));
    }

    private static SecureOptions bounds(String min, String max) {
        return new SecureOptions(new TLSVersionConstraints(min, max));
    }
}
