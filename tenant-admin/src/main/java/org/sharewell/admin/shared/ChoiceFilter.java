package org.sharewell.admin.shared;

import com.vaadin.flow.component.select.Select;

import java.util.function.Function;

/**
 * A drop-down that narrows a list to the items with one of a few values, or shows them all: the
 * empty choice, named for instance "All", stands for every value.
 */
public class ChoiceFilter<T> extends Select<T> {

    public ChoiceFilter(String label, T[] values, Function<T, String> describe, String all) {
        setLabel(label);
        setItems(values);
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(all);
        setItemLabelGenerator(value -> value == null ? all : describe.apply(value));
    }
}
