// In the style of the Chrome App sample "tcpserver": an accept loop re-armed in every accept
// callback, a read loop per connection, a write then disconnect, getInfo on accepted sockets.
// CONFIG.connections: how many connections to serve before closing the server.
var served = 0;
var serverId;

function arrayBufferToString(buffer) {
  var str = '';
  var bytes = new Uint8Array(buffer);
  for (var i = 0; i < bytes.length; i++) {
    str += String.fromCharCode(bytes[i]);
  }
  return str;
}

function stringToArrayBuffer(string) {
  var buffer = new ArrayBuffer(string.length);
  var view = new Uint8Array(buffer);
  for (var i = 0; i < string.length; i++) {
    view[i] = string.charCodeAt(i);
  }
  return buffer;
}

function onAccept(acceptInfo) {
  if (acceptInfo.resultCode != 0) {
    console.error('accept failed: ' + acceptInfo.resultCode);
    return;
  }
  var connectionId = acceptInfo.socketId;
  chrome.socket.getInfo(connectionId, function (info) {
    console.log('ACCEPTED ' + info.socketType + ' from ' + info.peerAddress + ' connected=' + info.connected);
  });
  readLoop(connectionId, '');
  served++;
  if (served < CONFIG.connections) {
    chrome.socket.accept(serverId, onAccept);
  }
}

// TCP is a stream: collect bytes until a whole line has arrived, then answer it.
function readLoop(connectionId, pending) {
  chrome.socket.read(connectionId, null, function (readInfo) {
    if (readInfo.resultCode <= 0) {
      console.log('CLOSED ' + readInfo.resultCode);
      chrome.socket.disconnect(connectionId);
      chrome.socket.destroy(connectionId);
      if (served >= CONFIG.connections) {
        chrome.socket.destroy(serverId);
      }
      return;
    }
    pending += arrayBufferToString(readInfo.data);
    var end = pending.indexOf('\n');
    if (end >= 0) {
      var line = pending.substring(0, end + 1);
      pending = pending.substring(end + 1);
      console.log('GOT ' + line.trim());
      chrome.socket.write(connectionId, stringToArrayBuffer('echo: ' + line), function (writeInfo) {
        if (writeInfo.bytesWritten < 0) {
          console.error('write failed: ' + writeInfo.bytesWritten);
        }
      });
    }
    readLoop(connectionId, pending);
  });
}

chrome.socket.create('tcp', {}, function (createInfo) {
  serverId = createInfo.socketId;
  chrome.socket.listen(serverId, '127.0.0.1', 0, null, function (result) {
    if (result != 0) {
      throw new Error('listen failed: ' + result);
    }
    chrome.socket.getInfo(serverId, function (info) {
      console.log('LISTENING ' + info.localPort);
      chrome.socket.accept(serverId, onAccept);
    });
  });
});
