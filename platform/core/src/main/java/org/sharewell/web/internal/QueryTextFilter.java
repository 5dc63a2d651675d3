package org.sharewell.web.internal;

import org.sharewell.kernel.InputText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sharewell.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;

/**
 * Holds every query parameter of every API request to {@link InputText} before any endpoint sees it,
 * as {@link InputValues} does for request bodies: a control character in a search is a 400, not a
 * database error.
 */
class QueryTextFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ProblemResponses.isApi(request) || request.getQueryString() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean refused = InputText.hasControlCharacter(parameter.getKey());
            for (String value : parameter.getValue()) {
                refused |= InputText.hasControlCharacter(value);
            }
            if (refused) {
                // The name itself may be what holds the control character, so it is repeated only when clean.
                String field = InputText.hasControlCharacter(parameter.getKey()) ? "query" : parameter.getKey();
                ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST, "Some details need correcting",
                        "Nothing was done. Correct the details listed in 'errors' and try again.",
                        Map.of(field, InputText.CONTROL_CHARACTER));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
