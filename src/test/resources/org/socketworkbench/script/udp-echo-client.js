// In the style of the Chrome App sample "udp": connect a UDP socket (checked as udp-send-to),
// then write and read on it; disconnect and destroy at the end. CONFIG.port, CONFIG.messages.
chrome.socket.create('udp', null, function (createInfo) {
  var id = createInfo.socketId;
  chrome.socket.connect(id, '127.0.0.1', CONFIG.port, function (result) {
    if (result !== 0) {
      throw new Error('connect failed: ' + result);
    }
    var next = 0;
    function sendNext() {
      var bytes = new TextEncoder().encode(CONFIG.messages[next]);
      chrome.socket.write(id, bytes.buffer, function (writeInfo) {
        chrome.socket.read(id, function (readInfo) {
          console.log('ECHO ' + new TextDecoder().decode(readInfo.data) + ' (' + readInfo.resultCode + ')');
          next++;
          if (next < CONFIG.messages.length) {
            sendNext();
          } else {
            chrome.socket.disconnect(id);
            chrome.socket.destroy(id);
          }
        });
      });
    }
    sendNext();
  });
});
