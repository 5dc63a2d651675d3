package org.sharewell.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an error straight to the response from places that run before Spring MVC (servlet
 * filters, security entry points): RFC 9457 problem details for API paths, a short accessible HTML
 * page for people's browsers. The detail must be plain English and safe to show.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String title, String detail) throws IOException {
        write(request, response, status, title, detail, Map.of());
    }

    /**
     * As {@link #write(HttpServletRequest, HttpServletResponse, HttpStatus, String, String)}, with the problem
     * of each named field in {@code errors}, as the API's own refusals of a request body list them.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String title, String detail, Map<String, String> fieldProblems) throws IOException {
        write(request, response, status, title, detail, fieldProblems, Map.of());
    }

    /**
     * As {@link #write(HttpServletRequest, HttpServletResponse, HttpStatus, String, String)}, with ways on
     * from a dead end for a person's browser: each link's words and its address, which must come from
     * configuration, never from the request. The API's problem is the same without them.
     */
    public static void writeWithWaysOn(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                       String title, String detail, Map<String, java.net.URI> waysOn) throws IOException {
        write(request, response, status, title, detail, Map.of(), waysOn);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String title, String detail, Map<String, String> fieldProblems,
                              Map<String, java.net.URI> waysOn) throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (isApi(request)) {
            var problem = new LinkedHashMap<String, Object>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", status.value());
            problem.put("detail", detail);
            problem.put("instance", request.getRequestURI());
            if (!fieldProblems.isEmpty()) {
                problem.put("errors", fieldProblems.entrySet().stream()
                        .map(entry -> Map.of("field", entry.getKey(), "message", entry.getValue())).toList());
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JSON.writeValue(response.getOutputStream(), problem);
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="en-GB"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>%1$s – Sharewell</title>
                    <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}</style>
                    </head><body><main><h1>%1$s</h1><p>%2$s</p>%3$s</main></body></html>
                    """.formatted(escape(title), escape(detail), links(waysOn)));
        }
    }

    private static String links(Map<String, java.net.URI> waysOn) {
        if (waysOn.isEmpty()) {
            return "";
        }
        var list = new StringBuilder("<ul>");
        waysOn.forEach((words, address) -> list.append("<li><a href=\"").append(escape(address.toString())).append("\">")
                .append(escape(words)).append("</a></li>"));
        return list.append("</ul>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
