package org.socketworkbench.relay;

import java.util.SplittableRandom;

/**
 * The random choices of one direction of one conversation, from the relay's seed, the
 * conversation's number and the direction: the same seed and the same traffic give the same
 * choices, whatever other conversations do at the same time. Every datagram draws the same set
 * whether or not an impairment is on, so switching one on does not change the others' choices.
 */
final class Dice {

    /** One datagram's (or TCP chunk's) draws, each uniform in [0, 1) except {@code jitter} in [-1, 1). */
    record Roll(double drop, double duplicate, double reorder, double corrupt, int bit, double jitter) {

        boolean drops(Impairments impairments) {
            return drop * 100 < impairments.dropPercent();
        }

        boolean duplicates(Impairments impairments) {
            return duplicate * 100 < impairments.duplicatePercent();
        }

        boolean reorders(Impairments impairments) {
            return reorder * 100 < impairments.reorderPercent();
        }

        boolean corrupts(Impairments impairments) {
            return corrupt * 100 < impairments.corruptPercent();
        }
    }

    private final SplittableRandom random;

    Dice(long seed, int conversation, RelayDirection direction) {
        // SplittableRandom mixes its seed (SplitMix64), so neighbouring seeds give unrelated streams
        random = new SplittableRandom(seed * 31 * 31 + conversation * 31L + direction.ordinal());
    }

    Roll roll() {
        return new Roll(random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble(),
                random.nextInt(Integer.MAX_VALUE), random.nextDouble() * 2 - 1);
    }
}
