package org.sharewell.admin.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A grid's text columns, which on a narrow screen fold into one card per row: the first column's value
 * as the card's title and the others beneath it, each under its header. On a phone a row of six
 * columns leaves each four characters; a card keeps every word. Columns of buttons (such as "Open")
 * stay beside the card. Every text column of every grid is added here, so every grid folds by itself.
 */
public final class Columns<T> {

    /** Below this width of the window, in CSS pixels, the columns fold into cards. */
    static final int NARROW = 640;

    private record Text<T>(String header, ValueProvider<T, String> value, Grid.Column<T> column) {
    }

    private final Grid<T> grid;
    private final List<Text<T>> texts = new ArrayList<>();
    private Grid.Column<T> card;
    private boolean narrow;
    private Registration resizing;

    public Columns(Grid<T> grid) {
        this.grid = grid;
        grid.addAttachListener(attach -> follow(attach.getUI()));
        grid.addDetachListener(detach -> {
            if (resizing != null) {
                resizing.remove();
                resizing = null;
            }
        });
    }

    /** Adds a text column with this header; the column is returned for its width and growth to be set. */
    public Grid.Column<T> add(String header, ValueProvider<T, String> value) {
        var column = grid.addColumn(value).setHeader(header);
        texts.add(new Text<>(header, value, column));
        if (card == null) {
            card = grid.addColumn(LitRenderer.<T>of("")).setFlexGrow(1);
        }
        card.setRenderer(cardRenderer());
        card.setHeader(cardHeader());
        grid.setColumnOrder(order());
        show();
        return column;
    }

    private void follow(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> fold(details.getWindowInnerWidth() < NARROW));
        resizing = ui.getPage().addBrowserWindowResizeListener(resize -> fold(resize.getWidth() < NARROW));
    }

    private void fold(boolean narrow) {
        if (this.narrow != narrow) {
            this.narrow = narrow;
            show();
        }
    }

    private void show() {
        texts.forEach(text -> text.column().setVisible(!narrow));
        card.setVisible(narrow);
    }

    /** The card first, then the text columns, then whatever else the view added (its buttons). */
    private List<Grid.Column<T>> order() {
        var order = new ArrayList<Grid.Column<T>>();
        order.add(card);
        texts.forEach(text -> order.add(text.column()));
        grid.getColumns().stream().filter(column -> !order.contains(column)).forEach(order::add);
        return order;
    }

    /** The values are bound as properties, which Lit writes as text: nothing in them is read as HTML. */
    private LitRenderer<T> cardRenderer() {
        var template = new StringBuilder("<div class=\"row-card\"><strong>${item.c0}</strong><dl>");
        for (int i = 1; i < texts.size(); i++) {
            template.append("<div><dt>").append(escaped(texts.get(i).header())).append("</dt><dd>${item.c").append(i)
                    .append("}</dd></div>");
        }
        var renderer = LitRenderer.<T>of(template.append("</dl></div>").toString());
        for (int i = 0; i < texts.size(); i++) {
            var value = texts.get(i).value();
            renderer.withProperty("c" + i, item -> {
                String text = value.apply(item);
                return text == null || text.isBlank() ? "—" : text;
            });
        }
        return renderer;
    }

    /** "Name, kind, level and login": what each card holds, in the order it holds it. */
    private String cardHeader() {
        var headers = texts.stream().map(Text::header).toList();
        var words = new ArrayList<String>();
        for (int i = 0; i < headers.size(); i++) {
            words.add(i == 0 ? headers.get(i) : headers.get(i).toLowerCase(Locale.UK));
        }
        if (words.size() == 1) {
            return words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("$", "&#36;");
    }
}
