// In the style of the Chrome App sample "multicast": TTL set before bind, bind, joinGroup, a
// recvFrom loop treating resultCode < 0 as fatal, sendTo the group, lastError read in callbacks.
// chrome.socket.setMulticastInterface is a Socket Workbench extension (not Chrome): the tests
// keep multicast on the loopback adapter. CONFIG.group, CONFIG.myPort, CONFIG.peerPort, CONFIG.name.
var id;
chrome.socket.create('udp', function (createInfo) {
  id = createInfo.socketId;
  chrome.socket.setMulticastInterface(id, 'lo', function (result) {
    if (result !== 0) throw new Error('setMulticastInterface: ' + result);
    chrome.socket.setMulticastTimeToLive(id, 0, function (result) {
      if (chrome.runtime.lastError || result !== 0) throw new Error('ttl: ' + result);
      chrome.socket.bind(id, '0.0.0.0', CONFIG.myPort, function (result) {
        if (result !== 0) throw new Error('bind: ' + result);
        chrome.socket.joinGroup(id, CONFIG.group, function (result) {
          if (chrome.runtime.lastError) throw new Error('join: ' + chrome.runtime.lastError.message);
          chrome.socket.getJoinedGroups(id, function (groups) {
            console.log('JOINED ' + groups.join(','));
            receive();
            sayHello();
          });
        });
      });
    });
  });
});

var heard = false;
var timer;
function hello() {
  return new TextEncoder().encode('hello from ' + CONFIG.name).buffer;
}

// Until we hear the peer, say hello every 50 ms (the peer may not have joined yet).
function sayHello() {
  chrome.socket.sendTo(id, hello(), CONFIG.group, CONFIG.peerPort, function (writeInfo) {
    if (writeInfo.bytesWritten == -15) throw new Error('socket is dead');
    if (!heard) {
      timer = setTimeout(sayHello, 50);
    }
  });
}

// The peer sent after joining, so one last hello reaches it; then leave.
function receive() {
  chrome.socket.recvFrom(id, 1048576, function (info) {
    if (info.resultCode < 0) throw new Error('recvFrom: ' + info.resultCode);
    console.log('HEARD ' + new TextDecoder().decode(info.data) + ' from ' + info.address);
    heard = true;
    clearTimeout(timer);
    chrome.socket.sendTo(id, hello(), CONFIG.group, CONFIG.peerPort, function () {
      chrome.socket.leaveGroup(id, CONFIG.group, function (result) {
        console.log('LEFT ' + result);
        chrome.socket.destroy(id);
      });
    });
  });
}
