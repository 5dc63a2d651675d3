package org.sharewell.admin.shared;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;

import java.util.ArrayList;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Shows a module's paged list in a grid, fetching only the rows on screen, its cells wrapping. The grid may ask for
 * more rows at once than a page may hold ({@link PageRequest#MOST}); they are then fetched a page at
 * a time, so the kernel's one paging rule holds for the screens as for the API.
 */
public final class Paging {

    private Paging() {
    }

    public static <T> void show(Grid<T> grid, Function<PageRequest, Page<T>> source) {
        // Cells wrap rather than cut words off with an ellipsis, at any width.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> rows(source, query.getOffset(), query.getLimit()),
                query -> source.apply(PageRequest.of(0, 1)).total());
    }

    static <T> Stream<T> rows(Function<PageRequest, Page<T>> source, int offset, int limit) {
        var rows = new ArrayList<T>();
        int at = offset;
        while (at < offset + limit) {
            int size = Math.min(PageRequest.MOST, offset + limit - at);
            var page = source.apply(PageRequest.of(at, size)).items();
            rows.addAll(page);
            if (page.size() < size) {
                break;
            }
            at += size;
        }
        return rows.stream();
    }
}
