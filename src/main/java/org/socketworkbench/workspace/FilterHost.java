package org.socketworkbench.workspace;

import org.socketworkbench.traffic.FilterInput;

/** Whoever holds the traffic filter (the traffic view): the filter as typed, and setting it. */
public interface FilterHost {

    /** No traffic view. */
    FilterHost NONE = new FilterHost() {
        @Override
        public FilterInput current() {
            return FilterInput.NONE;
        }

        @Override
        public void apply(FilterInput input) {
        }
    };

    FilterInput current();

    /**
     * Shows what passes {@code input} from now on.
     *
     * @throws IllegalArgumentException saying which field is wrong
     */
    void apply(FilterInput input);
}
