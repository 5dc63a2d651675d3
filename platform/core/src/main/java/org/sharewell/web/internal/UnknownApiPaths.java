package org.sharewell.web.internal;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.sharewell.kernel.NotFound;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.Set;
import java.util.TreeSet;

/**
 * Answers an API address that no endpoint has, which would otherwise fall through to the web
 * interface and come back as its HTML page with a 200: 405 with the methods it does take when the
 * address exists, 404 when it does not, both as problem details.
 */
@RestController
@Hidden
class UnknownApiPaths {

    private final RequestMappingHandlerMapping mappings;

    UnknownApiPaths(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        var path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : ServletRequestPathUtils.parseAndCache(request);
        Set<String> allowed = new TreeSet<>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            var patterns = mapping.getPathPatternsCondition();
            if (patterns != null && !patterns.getPatterns().stream().allMatch(pattern -> pattern.getPatternString().equals("/api/**"))
                    && patterns.getPatterns().stream().anyMatch(pattern -> pattern.matches(path.pathWithinApplication()))) {
                mapping.getMethodsCondition().getMethods().forEach(method -> allowed.add(method.name()));
            }
        });
        if (!allowed.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        throw new NotFound("There is no such address in the Sharewell API. The API description is at /api/v1/openapi.");
    }

}
