package org.socketworkbench.script;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** chrome.sockets.tcp, .udp and .tcpServer (contract §10) on the same engine. */
class SocketsApiTest {

    private final Scripts scripts = new Scripts();

    @AfterEach
    void closeEngine() {
        scripts.close();
    }

    @Test
    void tcpServerAcceptsPausedClientsThatReceiveOnceUnpausedAndSeeTheEndAsMinus100() {
        Scripts.Run run = scripts.run("""
                var tcp = chrome.sockets.tcp, server = chrome.sockets.tcpServer;
                server.onAccept.addListener(function (info) {
                  tcp.getInfo(info.clientSocketId, function (client) {
                    console.log('accepted on', info.socketId, 'paused', client.paused, 'connected', client.connected);
                    tcp.setPaused(info.clientSocketId, false);
                  });
                });
                tcp.onReceive.addListener(function (info) {
                  var text = new TextDecoder().decode(info.data);
                  console.log('received', info.socketId, text);
                  if (text === 'ping') {
                    tcp.send(info.socketId, new TextEncoder().encode('pong').buffer, function (sendInfo) {
                      console.log('sent', JSON.stringify(sendInfo));
                      tcp.close(info.socketId);
                    });
                  }
                });
                tcp.onReceiveError.addListener(function (info) {
                  tcp.getInfo(info.socketId, function (client) {
                    console.log('receive error', info.socketId, info.resultCode, 'paused', client.paused);
                    tcp.getSockets(function (all) {
                      console.log('sockets', all.length);
                      server.getSockets(function (servers) {
                        servers.forEach(function (s) { server.close(s.socketId); });
                        tcp.close(info.socketId);
                      });
                    });
                  });
                });
                server.create({name: 'srv'}, function (created) {
                  server.listen(created.socketId, '127.0.0.1', 0, function (result) {
                    server.getInfo(created.socketId, function (info) {
                      console.log('listening', result, info.name, info.paused, info.localAddress);
                      tcp.create({bufferSize: 1024}, function (client) {
                        tcp.connect(client.socketId, '127.0.0.1', info.localPort, function (r) {
                          tcp.getInfo(client.socketId, function (ci) {
                            console.log('connected', r, ci.socketId, ci.bufferSize, ci.peerPort === info.localPort);
                            tcp.send(client.socketId, new TextEncoder().encode('ping').buffer, function () {});
                          });
                        });
                      });
                    });
                  });
                });
                """);
        List<String> logs = run.logs();
        assertEquals(java.util.Set.of("connected 0 1 1024 true", "accepted on 1 paused true connected true"),
                java.util.Set.copyOf(logs.subList(1, 3)), "connect and accept complete in either order");
        assertEquals(java.util.Set.of("sent {\"resultCode\":0,\"bytesSent\":4}", "received 1 pong"),
                java.util.Set.copyOf(logs.subList(4, 6)),
                "socket 2's send callback and socket 1's receive event come in either order (order holds per socket)");
        assertEquals(List.of("listening 0 srv false 127.0.0.1",
                logs.get(1),
                logs.get(2),
                "received 2 ping",
                logs.get(4),
                logs.get(5),
                "receive error 1 -100 paused true",
                "sockets 1"), logs);
        assertEquals(List.of(), scripts.engine.sockets());
    }

    @Test
    void aPausedServerLetsConnectionsWaitUntilItIsUnpaused() {
        Scripts.Run run = scripts.run("""
                var tcp = chrome.sockets.tcp, server = chrome.sockets.tcpServer;
                var serverId;
                server.onAccept.addListener(function (info) {
                  console.log('accepted', info.clientSocketId);
                  server.close(serverId);
                  tcp.getSockets(function (all) { all.forEach(function (s) { tcp.close(s.socketId); }); });
                });
                server.create(function (created) {
                  serverId = created.socketId;
                  server.setPaused(serverId, true, function () {
                    server.listen(serverId, '127.0.0.1', 0, 4, function () {
                      server.getInfo(serverId, function (info) {
                        tcp.create(function (client) {
                          tcp.connect(client.socketId, '127.0.0.1', info.localPort, function (r) {
                            console.log('connected while paused', r, info.paused);
                            server.setPaused(serverId, false);
                          });
                        });
                      });
                    });
                  });
                });
                """);
        assertEquals(List.of("connected while paused 0 true", "accepted 2"), run.logs());
    }

    @Test
    void udpSocketsReceiveAsEventsAndAPausedSocketHoldsDatagramsBack() {
        Scripts.Run run = scripts.run("""
                var udp = chrome.sockets.udp;
                var receiverId, senderId;
                udp.onReceive.addListener(function (info) {
                  console.log('received', info.socketId, new TextDecoder().decode(info.data), info.remoteAddress,
                      info.remotePort > 0);
                  udp.close(receiverId);
                  udp.close(senderId);
                });
                udp.create({}, function (r) {
                  receiverId = r.socketId;
                  udp.setPaused(receiverId, true, function () {
                    udp.bind(receiverId, '127.0.0.1', 0, function (result) {
                      udp.getInfo(receiverId, function (info) {
                        console.log('bound', result, info.paused, JSON.stringify(Object.keys(info)));
                        udp.create(function (s) {
                          senderId = s.socketId;
                          udp.send(senderId, new ArrayBuffer(1), '127.0.0.1', info.localPort, function (unbound) {
                            console.log('send before bind', JSON.stringify(unbound), chrome.runtime.lastError.message);
                            udp.bind(senderId, '127.0.0.1', 0, function () {
                              udp.send(senderId, new TextEncoder().encode('hi').buffer, '127.0.0.1', info.localPort, function (sent) {
                                console.log('sent', JSON.stringify(sent));
                                udp.setBroadcast(senderId, true, function (b) {
                                  console.log('broadcast', b, chrome.runtime.lastError === undefined);
                                  udp.setPaused(receiverId, false);
                                });
                              });
                            });
                          });
                        });
                      });
                    });
                  });
                });
                """);
        assertEquals(List.of("bound 0 true [\"socketId\",\"persistent\",\"paused\",\"localAddress\",\"localPort\"]",
                "send before bind {\"resultCode\":-15} net::ERR_SOCKET_NOT_CONNECTED",
                "sent {\"resultCode\":0,\"bytesSent\":2}",
                "broadcast 0 true",
                "received 1 hi 127.0.0.1 true"), run.logs());
    }

    @Test
    void eachNamespaceHasItsOwnIdsAndUnknownIdsAnswerWithoutResult() {
        Scripts.Run run = scripts.run("""
                chrome.socket.create('tcp', function (a) {
                  chrome.socket.create('udp', function (b) {
                    chrome.sockets.udp.create(function (u) {
                      console.log('ids', a.socketId, b.socketId, u.socketId);
                      chrome.sockets.tcp.getInfo(b.socketId, function (info) {
                        console.log('tcp getInfo', arguments.length, chrome.runtime.lastError.message);
                        chrome.sockets.tcp.secure(5, function (r) {
                          console.log('secure', r, chrome.runtime.lastError.message);
                          chrome.sockets.udp.update(u.socketId, {name: 'renamed', persistent: true}, function () {
                            chrome.sockets.udp.getInfo(u.socketId, function (info) {
                              console.log('udp', info.name, info.persistent);
                            });
                          });
                        });
                      });
                    });
                  });
                });
                """);
        assertEquals(List.of("ids 1 2 1", "tcp getInfo 0 Socket not found", "secure -4 Socket not found", "udp renamed true"),
                run.logs());
    }
}
