package org.socketworkbench.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socketworkbench.engine.internal.JsonSyntaxException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "socket" permission in a whole manifest.json, contract §3.1. */
class SocketPermissionsManifestTest {

    private static final String NOT_A_LIST =
            "Invalid value for 'permissions[socket]': Cannot parse the permission list. It's not a list..";

    private static SocketPermissions manifest(String permissionsJson) {
        return SocketPermissions.fromManifest("{\"name\": \"app\", \"app\": {}, \"permissions\": " + permissionsJson + "}");
    }

    private static void assertDeniesEverything(SocketPermissions permissions) {
        for (SocketOperation operation : SocketOperation.values()) {
            assertFalse(permissions.allows(operation, "localhost", 80), operation.name());
        }
        assertEquals(List.of(), permissions.canonicalRules());
    }

    @Test
    void theRuleListForm() {
        SocketPermissions permissions = manifest(
                "[\"storage\", {\"socket\": [\"tcp-connect:*:80\", \"udp-bind::8800\", \"udp-multicast-membership\"]}]");
        assertEquals(List.of("tcp-connect:*:80", "udp-bind:*:8800", "udp-multicast-membership"), permissions.canonicalRules());
        assertEquals(List.of(), permissions.warnings());
        assertTrue(permissions.allows(SocketOperation.TCP_CONNECT, "example.com", 80));
        assertFalse(permissions.allows(SocketOperation.TCP_CONNECT, "example.com", 81));
        assertTrue(permissions.allows(SocketOperation.UDP_MULTICAST_MEMBERSHIP, "*", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"experimental\", \"socket\"]", "[{\"socket\": []}]", "[{\"socket\": null}]"})
    void theSocketPermissionWithoutRulesDeniesEverything(String permissions) {
        SocketPermissions parsed = manifest(permissions);
        assertDeniesEverything(parsed);
        assertEquals(List.of(), parsed.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"permissions\": []}", "{\"permissions\": [\"storage\", {\"fileSystem\": [\"write\"]}]}",
        "{\"sockets\": {\"tcp\": {\"connect\": \"*\"}}}", "{\"permissions\": [\"Socket\", \"sockets\"]}"})
    void noSocketPermissionDeniesEverything(String manifest) {
        SocketPermissions parsed = SocketPermissions.fromManifest(manifest);
        assertDeniesEverything(parsed);
        assertEquals(List.of(), parsed.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"tcp-connect\"", "{\"tcp-connect\": \"*\"}", "80", "true", "\"\""})
    void aSocketValueThatIsNotAListIsFatalWithChromesText(String value) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> manifest("[\"storage\", {\"socket\": " + value + "}]"));
        assertEquals(NOT_A_LIST, error.getMessage());
    }

    @Test
    void invalidRulesInTheManifestAreWarningsNotErrors() {
        SocketPermissions permissions = manifest("[{\"socket\": [\"tcp-connect:*:80\", \"tcp-connect:::\", \"resolve-host:x\"]}]");
        assertEquals(List.of("tcp-connect:*:80"), permissions.canonicalRules());
        assertEquals(List.of(
                "Permission '\"tcp-connect:::\"' is unknown or URL pattern is malformed.",
                "Permission '\"resolve-host:x\"' is unknown or URL pattern is malformed."), permissions.warnings());
    }

    @ParameterizedTest(name = "{0} is reported as {1}")
    @CsvSource(delimiter = '|', value = {
        "80                      | 80",
        "-7                      | -7",
        "1.5                     | 1.5",
        "1E3                     | 1000.0",
        "3000000000              | 3000000000.0",
        "1e21                    | 1e+21",
        "true                    | true",
        "null                    | null",
        "[\"udp-bind\", 1]       | [\"udp-bind\",1]",
        "{\"b\": 1, \"a\": [2]}  | {\"a\":[2],\"b\":1}",
        "\"tcp-connect:\\u003cx:0\" | \"tcp-connect:\\u003Cx:0\"",
        "\"\\/\\ud83d\\ude00\"   | \"/\uD83D\uDE00\"",
    })
    void itemsThatAreNotRulesAreQuotedAsChromeWritesThem(String item, String chromeText) {
        SocketPermissions permissions = manifest("[{\"socket\": [\"udp-bind\", " + item + "]}]");
        assertEquals(List.of("udp-bind:*:*"), permissions.canonicalRules());
        assertEquals(List.of("Permission '" + chromeText + "' is unknown or URL pattern is malformed."), permissions.warnings());
    }

    @Test
    void permissionsMustBeAList() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SocketPermissions.fromManifest("{\"permissions\": {\"socket\": [\"tcp-connect\"]}}"));
        assertEquals("Invalid value for 'permissions'.", error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[\"storage\", 7]                               | Invalid value for 'permissions[1]'.",
        "[{\"socket\": [], \"storage\": []}]            | Invalid value for 'permissions[0]'.",
        "[\"socket\", {}]                               | Invalid value for 'permissions[1]'.",
        "[\"socket\", null]                             | Invalid value for 'permissions[1]'.",
        "[\"socket\", \"storage\", [\"socket\"]]        | Invalid value for 'permissions[2]'.",
    })
    void anEntryThatIsNeitherAStringNorAOneKeyObjectIsFatal(String permissions, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> manifest(permissions)).getMessage());
    }

    @Test
    void whenSocketIsDeclaredTwiceTheLastOneCountsAndThatIsReported() {
        SocketPermissions rulesLast = manifest("[\"socket\", \"storage\", {\"socket\": [\"tcp-connect\"]}]");
        assertEquals(List.of("tcp-connect:*:*"), rulesLast.canonicalRules());
        assertEquals(List.of("Permission 'socket' is declared 2 times (permissions[0, 2]); only the last one, "
                + "permissions[2], is used."), rulesLast.warnings());

        SocketPermissions bareLast = manifest("[{\"socket\": [\"tcp-connect\"]}, \"socket\"]");
        assertDeniesEverything(bareLast);
        assertEquals(List.of("Permission 'socket' is declared 2 times (permissions[0, 1]); only the last one, "
                + "permissions[1], is used."), bareLast.warnings());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SocketPermissions.fromManifest("{\n  \"permissions\": [\"socket\",]\n}"));
        assertEquals("Manifest is not valid JSON: Expected a value after ',' but found ']' (trailing commas are not "
                + "allowed) at line 2, column 28 (character 29)", error.getMessage());
        JsonSyntaxException cause = assertInstanceOf(JsonSyntaxException.class, error.getCause());
        assertEquals(2, cause.line());
        assertEquals(28, cause.column());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[]           | Manifest must be a JSON object, but it is a list.",
        "\"socket\"   | Manifest must be a JSON object, but it is a string.",
        "null         | Manifest must be a JSON object, but it is null.",
    })
    void theTopLevelMustBeAnObject(String manifest, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> SocketPermissions.fromManifest(manifest)).getMessage());
    }

    @Test
    void aNullManifestIsRejected() {
        assertEquals("manifestJson",
                assertThrows(NullPointerException.class, () -> SocketPermissions.fromManifest(null)).getMessage());
    }

    @Test
    void chromiumsOwnSocketApiTestManifest() {
        // The shape of chrome/test/data/extensions/api_test/socket/api/manifest.json [S18].
        SocketPermissions permissions = SocketPermissions.fromManifest("""
                {
                  "name": "chrome.socket",
                  "manifest_version": 2,
                  "version": "0.1",
                  "app": {"background": {"scripts": ["background.js"]}},
                  "permissions": [
                    {"socket": ["tcp-connect", "tcp-listen", "udp-send-to", "udp-bind", "udp-multicast-membership"]}
                  ]
                }
                """);
        assertTrue(permissions.allows(SocketOperation.TCP_CONNECT, "127.0.0.1", 40000));
        assertTrue(permissions.allows(SocketOperation.UDP_MULTICAST_MEMBERSHIP, "*", 0));
        assertFalse(permissions.allows(SocketOperation.RESOLVE_HOST, "example.com", 0));
        assertFalse(permissions.allowsEverything());
    }
}
