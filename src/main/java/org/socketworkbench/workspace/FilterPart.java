package org.socketworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.socketworkbench.datafiles.UnknownKeys;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.traffic.FilterInput;
import org.socketworkbench.traffic.PayloadFormat;

import java.util.Map;

/**
 * The traffic view's filter, as typed ({@link FilterInput}).
 *
 * @param sockets       socket ids and ranges, "" for all
 * @param direction     IN, OUT, or null for both
 * @param peer          peer address or port substring
 * @param content       bytes to look for, as typed
 * @param contentFormat TEXT, HEX or ESCAPED
 * @param unknownKeys   keys of a file this version does not know
 */
public record FilterPart(String sockets, @JsonInclude(JsonInclude.Include.NON_NULL) Direction direction, String peer,
                         String content, PayloadFormat contentFormat,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    public FilterPart {
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    public static FilterPart of(FilterInput input) {
        return new FilterPart(input.sockets(), input.direction(), input.peer(), input.content(), input.contentFormat(),
                Map.of());
    }

    public FilterInput input() {
        return new FilterInput(sockets, direction, peer, content, contentFormat);
    }
}
