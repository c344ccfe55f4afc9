package org.socketworkbench.script;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** chrome.socket's JavaScript-only shapes (contract §5.0, §2.2): what the Java payloads cannot carry. */
class ChromeSocketShapesTest {

    private final Scripts scripts = new Scripts();

    @AfterEach
    void closeEngine() {
        scripts.close();
    }

    private List<String> logs(String script) {
        return scripts.run(script).logs();
    }

    @Test
    void readOnAnUnknownIdGivesAnEmptyArrayBufferAndMinusOne() {
        assertEquals(List.of("-1 [object ArrayBuffer] 0 Socket not found"), logs("""
                chrome.socket.read(999, function (info) {
                  console.log(info.resultCode, Object.prototype.toString.call(info.data), info.data.byteLength,
                      chrome.runtime.lastError.message);
                });"""));
    }

    @Test
    void readDataIsAnArrayBufferHoldingExactlyWhatArrived() {
        assertEquals(List.of("true 5 hello"), logs("""
                chrome.socket.create('udp', function (a) {
                  chrome.socket.create('udp', function (b) {
                    chrome.socket.bind(a.socketId, '127.0.0.1', 0, function () {
                      chrome.socket.getInfo(a.socketId, function (info) {
                        chrome.socket.bind(b.socketId, '127.0.0.1', 0, function () {
                          chrome.socket.sendTo(b.socketId, new TextEncoder().encode('hello').buffer, '127.0.0.1', info.localPort, function () {});
                          chrome.socket.read(a.socketId, function (readInfo) {
                            console.log(readInfo.data instanceof ArrayBuffer, readInfo.resultCode, new TextDecoder().decode(readInfo.data));
                            chrome.socket.destroy(a.socketId);
                            chrome.socket.destroy(b.socketId);
                          });
                        });
                      });
                    });
                  });
                });"""));
    }

    @Test
    void sendToGetJoinedGroupsConnectAndSetKeepAliveOnAnUnknownIdPassBareValues() {
        assertEquals(List.of("sendTo number -1 Socket not found", "getJoinedGroups number -1 Socket not found",
                "connect number -1", "setKeepAlive boolean false", "write {\"bytesWritten\":-1}"), logs("""
                var data = new ArrayBuffer(1);
                chrome.socket.sendTo(999, data, '127.0.0.1', 9, function (r) {
                  console.log('sendTo', typeof r, r, chrome.runtime.lastError.message);
                  chrome.socket.getJoinedGroups(999, function (g) {
                    console.log('getJoinedGroups', typeof g, g, chrome.runtime.lastError.message);
                    chrome.socket.connect(999, '127.0.0.1', 9, function (c) {
                      console.log('connect', typeof c, c, chrome.runtime.lastError && '');
                      chrome.socket.setKeepAlive(999, true, function (k) {
                        console.log('setKeepAlive', typeof k, k, chrome.runtime.lastError && '');
                        chrome.socket.write(999, data, function (w) {
                          console.log('write', JSON.stringify(w), chrome.runtime.lastError && '');
                        });
                      });
                    });
                  });
                });""").stream().map(String::strip).toList());
    }

    @Test
    void getInfoOnAnUnknownIdPassesNoArgumentAtAll() {
        assertEquals(List.of("0 true Socket not found"), logs("""
                chrome.socket.getInfo(999, function (info) {
                  console.log(arguments.length, info === undefined, chrome.runtime.lastError.message);
                });"""));
    }

    @Test
    void recvFromAndAcceptOnAnUnknownIdHaveChromesFailureShapes() {
        assertEquals(List.of("{\"resultCode\":-1,\"address\":\"\",\"port\":0} 0", "{\"resultCode\":-1} false"), logs("""
                chrome.socket.recvFrom(999, function (info) {
                  var copy = {resultCode: info.resultCode, address: info.address, port: info.port};
                  console.log(JSON.stringify(copy), info.data.byteLength, chrome.runtime.lastError && '');
                  chrome.socket.accept(999, function (acceptInfo) {
                    console.log(JSON.stringify(acceptInfo), 'socketId' in acceptInfo, chrome.runtime.lastError && '');
                  });
                });""").stream().map(String::strip).toList());
    }

    @Test
    void aFreshSocketsInfoHasNoAddressFieldsAtAll() {
        assertEquals(List.of("{\"socketType\":\"tcp\",\"connected\":false}", "{\"socketType\":\"udp\",\"connected\":false}"), logs("""
                chrome.socket.create('tcp', {}, function (t) {
                  chrome.socket.getInfo(t.socketId, function (info) {
                    console.log(JSON.stringify(info));
                    chrome.socket.create('udp', null, function (u) {
                      chrome.socket.getInfo(u.socketId, function (info) { console.log(JSON.stringify(info)); });
                    });
                  });
                });"""));
    }

    @Test
    void aPortOutOfRangeCallsBackWithNoArgument() {
        assertEquals(List.of("0 Port must be a value between 0 and 65535."), logs("""
                chrome.socket.create('tcp', function (t) {
                  chrome.socket.connect(t.socketId, '127.0.0.1', 70000, function () {
                    console.log(arguments.length, chrome.runtime.lastError.message);
                  });
                });"""));
    }

    @Test
    void optionalArgumentsMayBeOmittedOrNullAnywhere() {
        assertEquals(List.of("listen 0", "read null -2", "read undefined -2", "read omitted -2",
                "recvFrom omitted -15", "setKeepAlive omitted false"), logs("""
                chrome.socket.create('tcp', function (server) {
                  chrome.socket.listen(server.socketId, '127.0.0.1', 0, function (r) {
                    console.log('listen', r);
                    chrome.socket.create('tcp', null, function (t) {
                      chrome.socket.read(t.socketId, null, function (a) {
                        console.log('read null', a.resultCode);
                        chrome.socket.read(t.socketId, undefined, function (b) {
                          console.log('read undefined', b.resultCode);
                          chrome.socket.read(t.socketId, function (c) {
                            console.log('read omitted', c.resultCode);
                            chrome.socket.create('udp', function (u) {
                              chrome.socket.recvFrom(u.socketId, function (d) {
                                console.log('recvFrom omitted', d.resultCode);
                                chrome.socket.setKeepAlive(t.socketId, true, function (k) {
                                  console.log('setKeepAlive omitted', k);
                                });
                              });
                            });
                          });
                        });
                      });
                    });
                  });
                });"""));
    }

    @Test
    void socketsOfTheGuiOrOtherScriptsAreUnknownToAScript() {
        int foreign = new org.socketworkbench.engine.Sync(scripts.engine).create("tcp");
        assertEquals(List.of("undefined Socket not found"), logs("""
                chrome.socket.getInfo(%d, function (info) {
                  console.log(info, chrome.runtime.lastError.message);
                  chrome.socket.destroy(%d);
                });""".formatted(foreign, foreign)));
        assertEquals(1, scripts.engine.sockets().size(), "the script must not destroy a socket it does not own");
    }
}
