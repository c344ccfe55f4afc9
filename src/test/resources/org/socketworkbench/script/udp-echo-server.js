// A UDP echo server: bind, recvFrom loop, sendTo back to the sender. CONFIG.datagrams to serve.
var echoed = 0;
chrome.socket.create('udp', function (createInfo) {
  var id = createInfo.socketId;
  chrome.socket.bind(id, '127.0.0.1', 0, function (result) {
    chrome.socket.getInfo(id, function (info) {
      console.log('BOUND ' + info.localPort);
      receive();
    });
  });
  function receive() {
    chrome.socket.recvFrom(id, function (recvInfo) {
      if (recvInfo.resultCode < 0) {
        throw new Error('recvFrom failed: ' + recvInfo.resultCode);
      }
      chrome.socket.sendTo(id, recvInfo.data, recvInfo.address, recvInfo.port, function (writeInfo) {
        echoed++;
        console.log('ECHOED ' + writeInfo.bytesWritten + ' to ' + recvInfo.address);
        if (echoed < CONFIG.datagrams) {
          receive();
        } else {
          chrome.socket.destroy(id);
        }
      });
    });
  }
});
