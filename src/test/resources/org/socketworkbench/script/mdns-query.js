// In the style of the Chrome App sample "mdns-browser": one socket bound per adapter address
// (bind(address, 0)), a query sent to the group from each, and a recvFrom loop per socket that
// stops when chrome.runtime.lastError is set; bytesWritten is compared with the query's length.
// The tests pass loopback addresses as the adapters (CONFIG.addresses) and keep the query on
// the loopback adapter with the setMulticastInterface extension and TTL 0. CONFIG.group, CONFIG.port.
var answers = 0;

chrome.socket.getNetworkList(function (adapters) {
  console.log('ADAPTERS ' + (Array.isArray(adapters) ? 'listed' : typeof adapters));
  CONFIG.addresses.forEach(queryFrom);
});

function queryFrom(address) {
  chrome.socket.create('udp', function (createInfo) {
    var id = createInfo.socketId;
    chrome.socket.setMulticastInterface(id, 'lo', function () {
      chrome.socket.setMulticastTimeToLive(id, 0, function () {
        chrome.socket.bind(id, address, 0, function (result) {
          if (result !== 0) throw new Error('bind ' + address + ': ' + result);
          var query = new TextEncoder().encode('QUERY _workbench._udp.local').buffer;
          chrome.socket.sendTo(id, query, CONFIG.group, CONFIG.port, function (writeInfo) {
            if (writeInfo.bytesWritten != query.byteLength) throw new Error('short send: ' + writeInfo.bytesWritten);
            receive(id, address);
          });
        });
      });
    });
  });
}

function receive(id, address) {
  chrome.socket.recvFrom(id, function (info) {
    if (chrome.runtime.lastError) {
      return;
    }
    console.log('ANSWER on ' + address + ': ' + new TextDecoder().decode(info.data));
    answers++;
    chrome.socket.destroy(id);
  });
}
