// TextEncoder and TextDecoder (WHATWG Encoding) for scripts; the byte work is done by the host.
(function (global, host) {
    'use strict';

    function TextEncoder() {
        if (!(this instanceof TextEncoder)) {
            throw new TypeError("Failed to construct 'TextEncoder': Please use the 'new' operator.");
        }
    }
    Object.defineProperty(TextEncoder.prototype, 'encoding', {get: function () { return 'utf-8'; }});
    TextEncoder.prototype.encode = function (input) {
        return new Uint8Array(host.encodeUtf8(input === undefined ? '' : String(input)));
    };

    function TextDecoder(label, options) {
        if (!(this instanceof TextDecoder)) {
            throw new TypeError("Failed to construct 'TextDecoder': Please use the 'new' operator.");
        }
        var encoding = host.encodingFor(label === undefined ? 'utf-8' : String(label));
        var fatal = !!(options && options.fatal);
        var ignoreBOM = !!(options && options.ignoreBOM);
        Object.defineProperty(this, 'encoding', {value: encoding});
        Object.defineProperty(this, 'fatal', {value: fatal});
        Object.defineProperty(this, 'ignoreBOM', {value: ignoreBOM});
    }
    TextDecoder.prototype.decode = function (input) {
        return host.decode(this.encoding, this.fatal, this.ignoreBOM, input);
    };

    global.TextEncoder = TextEncoder;
    global.TextDecoder = TextDecoder;
})
