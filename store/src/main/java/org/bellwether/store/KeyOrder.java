package org.bellwether.store;

/**
 * Watches the keys of staged rows for the cheap proof that no key repeats: keys that arrive in strictly increasing
 * order (comparing the normalized key texts column by column) are all distinct. Sorted files, the common case,
 * thus skip the duplicate check; any other order leaves it to an exact check in SQL.
 */
final class KeyOrder {

    private final int[] keyIndexes;
    private final String[] previous;
    private boolean first = true;
    private boolean strictlyIncreasing = true;

    KeyOrder(int[] keyIndexes) {
        this.keyIndexes = keyIndexes;
        this.previous = new String[keyIndexes.length];
    }

    /** Whether every key so far was greater than the one before, so none can repeat. */
    boolean provesDistinct() {
        return strictlyIncreasing;
    }

    /** Takes the key of the next staged row. */
    void add(String[] values) {
        if (!strictlyIncreasing) {
            return;
        }
        if (!first && compareToPrevious(values) <= 0) {
            strictlyIncreasing = false;
            return;
        }
        first = false;
        for (int i = 0; i < keyIndexes.length; i++) {
            previous[i] = values[keyIndexes[i]];
        }
    }

    private int compareToPrevious(String[] values) {
        for (int i = 0; i < keyIndexes.length; i++) {
            String value = values[keyIndexes[i]];
            String before = previous[i];
            if (value == before) {
                continue; // mappers reuse the same String for a repeated symbol
            }
            if (value == null || before == null) {
                return value == null ? -1 : 1;
            }
            int order = value.compareTo(before);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
