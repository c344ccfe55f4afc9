package org.socketworkbench.script;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Calls that do not fit the API throw synchronously with Chrome's wording (schema_utils.js and
 * json_schema.js; contract §2.2), so the script can catch them.
 */
class SignatureTest {

    private final Scripts scripts = new Scripts();

    @AfterEach
    void closeEngine() {
        scripts.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            chrome.socket.read('1', cb)                    | Invocation of form socket.read(string, function) doesn't match definition socket.read(integer socketId, optional integer bufferSize, function callback)
            chrome.socket.read(1.5, cb)                    | Invocation of form socket.read(number, function) doesn't match definition socket.read(integer socketId, optional integer bufferSize, function callback)
            chrome.socket.read(1)                          | Invocation of form socket.read(integer) doesn't match definition socket.read(integer socketId, optional integer bufferSize, function callback)
            chrome.socket.write(1, new Uint8Array(2), cb)  | Invocation of form socket.write(integer, object, function) doesn't match definition socket.write(integer socketId, binary data, function callback)
            chrome.socket.destroy(1, cb)                   | Invocation of form socket.destroy(integer, function) doesn't match definition socket.destroy(integer socketId)
            chrome.socket.listen(1, null, 80, cb)          | Invocation of form socket.listen(integer, null, integer, function) doesn't match definition socket.listen(integer socketId, string address, integer port, optional integer backlog, function callback)
            chrome.socket.sendTo(1, [1], 'h', 9, cb)       | Invocation of form socket.sendTo(integer, array, string, integer, function) doesn't match definition socket.sendTo(integer socketId, binary data, string address, integer port, function callback)
            chrome.socket.create('tcp', {}, cb, 1)         | Invocation of form socket.create(string, object, function, integer) doesn't match definition socket.create(string type, optional object options, function callback)
            chrome.socket.create('foo', cb)                | Invalid value for argument 1. Value must be one of: [tcp, udp].
            chrome.socket.create('tcp', {foo: 1}, cb)      | Invalid value for argument 2. Property 'foo': Unexpected property.
            chrome.socket.read(2147483648, cb)             | Invalid value for argument 1. Value must fit in a 32-bit signed integer.
            chrome.socket.secure(1, {tlsVersion: {min: 1}}, cb) | Invalid value for argument 2. Property 'tlsVersion.min': Expected 'string' but got 'integer'.
            chrome.sockets.tcp.send(1, 'x', cb)            | Invocation of form sockets.tcp.send(integer, string, function) doesn't match definition sockets.tcp.send(integer socketId, binary data, function callback)
            chrome.sockets.udp.create({bufferSize: 1.5}, cb) | Invalid value for argument 1. Property 'bufferSize': Expected 'integer' but got 'number', consider using Math.round().
            chrome.sockets.tcpServer.close()               | Invocation of form sockets.tcpServer.close() doesn't match definition sockets.tcpServer.close(integer socketId, optional function callback)
            """)
    void aCallThatDoesNotFitThrowsChromesMessageAtOnce(String call, String message) {
        Scripts.Run run = scripts.run("""
                var cb = function () { console.log('callback ran'); };
                try {
                  %s;
                  console.log('no error');
                } catch (e) {
                  console.log(e instanceof Error, e.message);
                }""".formatted(call));
        assertEquals(java.util.List.of("true " + message), run.logs());
    }
}
