// Answers the queries of mdns-query.js: joined to the group on the loopback adapter, replies
// unicast to the sender, naming the address it came from. CONFIG.group, CONFIG.port, CONFIG.answers.
var answered = 0;
chrome.socket.create('udp', function (createInfo) {
  var id = createInfo.socketId;
  chrome.socket.setMulticastInterface(id, 'lo', function () {
    chrome.socket.setMulticastTimeToLive(id, 0, function () {
      chrome.socket.bind(id, '0.0.0.0', CONFIG.port, function (result) {
        if (result !== 0) throw new Error('bind: ' + result);
        chrome.socket.joinGroup(id, CONFIG.group, function (result) {
          if (result !== 0) throw new Error('join: ' + result + ' ' + chrome.runtime.lastError.message);
          console.log('RESPONDING');
          receive();
        });
      });
    });
  });
  function receive() {
    chrome.socket.recvFrom(id, function (info) {
      var reply = new TextEncoder().encode('service at ' + info.address).buffer;
      chrome.socket.sendTo(id, reply, info.address, info.port, function () {
        answered++;
        if (answered < CONFIG.answers) {
          receive();
        } else {
          chrome.socket.destroy(id);
        }
      });
    });
  }
});
