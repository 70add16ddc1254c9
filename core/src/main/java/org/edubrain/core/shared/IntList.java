package org.edubrain.core.shared;

import java.util.Arrays;

/** A growable list of primitive ints, for the millions of rows a city holds. */
public final class IntList {

    private int[] data;
    private int size;

    public IntList() {
        this(16);
    }

    public IntList(int capacity) {
        data = new int[Math.max(4, capacity)];
    }

    public void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length + (data.length >> 1) + 16);
        }
        data[size++] = v;
    }

    public int get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return data[i];
    }

    public void set(int i, int v) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        data[i] = v;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void clear() {
        size = 0;
    }

    public int[] toArray() {
        return Arrays.copyOf(data, size);
    }

    /** Removes element i by moving the last one into its place (order is not kept). */
    public int swapRemove(int i) {
        int v = get(i);
        data[i] = data[--size];
        return v;
    }

    public void addAll(IntList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.data[i]);
        }
    }
}
