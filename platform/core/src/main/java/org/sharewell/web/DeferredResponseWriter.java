package org.sharewell.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Writer;

/**
 * A response's writer, taken only when the first character is written. Until then the response can
 * still become an error: if the export is refused before writing anything, the problem details
 * written instead need the response's output stream, which taking its writer would have claimed.
 */
public final class DeferredResponseWriter extends Writer {

    private final HttpServletResponse response;
    private Writer target;

    public DeferredResponseWriter(HttpServletResponse response) {
        this.response = response;
    }

    @Override
    public void write(char[] characters, int offset, int length) throws IOException {
        target().write(characters, offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (target != null) {
            target.flush();
        }
    }

    /** Leaves the response open: the servlet container closes it. */
    @Override
    public void close() throws IOException {
        flush();
    }

    private Writer target() throws IOException {
        if (target == null) {
            target = response.getWriter();
        }
        return target;
    }
}
