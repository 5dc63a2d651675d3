package org.sharewell.admin.shared;

import com.vaadin.flow.component.html.Image;
import io.nayuki.qrcodegen.QrCode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A QR code, drawn as SVG (sharp at any zoom, no image library), for a phone's camera to read. It
 * is never the only way: whoever cannot scan it is given the same text to type.
 */
public class QrCodeImage extends Image {

    /** The quiet zone the QR standard asks for around the code, in modules. */
    private static final int BORDER = 4;

    public QrCodeImage(String text, String description) {
        super("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8)),
                description);
        setWidth("12rem");
        setHeight("12rem");
    }

    static String svg(String text) {
        var code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = code.size + BORDER * 2;
        var path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
