package org.sharewell.kernel;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param items  the entries on this page, in the list's order
 * @param total  how many entries the whole list has
 * @param offset how many entries come before this page
 * @param limit  the most this page could hold
 */
public record Page<T>(List<T> items, int total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, int total, PageRequest request) {
        return new Page<>(items, total, request.offset(), request.limit());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), total, offset, limit);
    }
}
