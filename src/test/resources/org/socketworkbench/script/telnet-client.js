// In the style of the Chrome App sample "telnet": connect, then poll read() with setInterval,
// ignoring non-positive results (-1 while a read is pending). CONFIG.port, CONFIG.text.
var socketId;
var received = '';
var poller;

chrome.socket.create('tcp', function (createInfo) {
  socketId = createInfo.socketId;
  chrome.socket.connect(socketId, '127.0.0.1', CONFIG.port, function (result) {
    if (result !== 0) {
      throw new Error('connect failed: ' + result);
    }
    var data = new TextEncoder().encode(CONFIG.text + '\n').buffer;
    chrome.socket.write(socketId, data, function (writeInfo) {
      console.log('SENT ' + writeInfo.bytesWritten);
    });
    poller = setInterval(poll, 20);
  });
});

function poll() {
  chrome.socket.read(socketId, null, function (readInfo) {
    if (readInfo.resultCode <= 0) {
      return;
    }
    received += new TextDecoder().decode(readInfo.data);
    if (received.indexOf('\n') >= 0) {
      clearInterval(poller);
      console.log('RECEIVED ' + received.trim());
      chrome.socket.disconnect(socketId);
      chrome.socket.destroy(socketId);
    }
  });
}
