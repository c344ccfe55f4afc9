package org.socketworkbench.relay;

import java.util.Objects;

/**
 * A relay's impairments for both directions and the seed of its random choices. Swapped whole
 * while the relay runs ({@link Relay#update}); the same seed with the same traffic makes the same
 * choices, so a run repeats exactly.
 */
public record RelaySettings(Impairments toServer, Impairments toClient, long seed) {

    public RelaySettings {
        Objects.requireNonNull(toServer, "toServer");
        Objects.requireNonNull(toClient, "toClient");
    }

    /** No impairment, with a fresh seed (shown, so the run can be repeated). */
    public static RelaySettings none() {
        return new RelaySettings(Impairments.NONE, Impairments.NONE, new java.util.Random().nextLong());
    }

    /** The same impairments both ways. */
    public static RelaySettings both(Impairments impairments, long seed) {
        return new RelaySettings(impairments, impairments, seed);
    }

    public Impairments of(RelayDirection direction) {
        return direction == RelayDirection.CLIENT_TO_SERVER ? toServer : toClient;
    }

    public RelaySettings with(RelayDirection direction, Impairments impairments) {
        return direction == RelayDirection.CLIENT_TO_SERVER
                ? new RelaySettings(impairments, toClient, seed)
                : new RelaySettings(toServer, impairments, seed);
    }
}
