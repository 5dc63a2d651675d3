package org.sharewell.web.internal;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.sharewell.kernel.PageRequest;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Arrays;

/**
 * Every list in the API takes its page the same way: a controller method declares a
 * {@link PageRequest} parameter, filled from the query parameters {@code offset} and {@code limit}
 * by the kernel's one rule (a value outside it is a 400 naming the parameter), and the OpenAPI
 * document describes both parameters and the rule for that operation.
 */
final class PagingParameters implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class;
    }

    @Override
    public PageRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                       WebDataBinderFactory binders) {
        return PageRequest.parse(request.getParameter("offset"), request.getParameter("limit"));
    }

    /** Replaces what the document would guess from the record with the two query parameters and the rule. */
    static OperationCustomizer documentation() {
        return (operation, handler) -> {
            boolean paged = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == PageRequest.class);
            if (paged) {
                if (operation.getParameters() != null) {
                    operation.getParameters().removeIf(parameter -> "page".equals(parameter.getName()));
                }
                operation.addParametersItem(new Parameter().in("query").name("offset").required(false)
                        .description("How many entries to skip (0 or more)").schema(new IntegerSchema()._default(0).minimum(
                                java.math.BigDecimal.ZERO)));
                operation.addParametersItem(new Parameter().in("query").name("limit").required(false)
                        .description("The most entries to return (1 to " + PageRequest.MOST + ")")
                        .schema(new IntegerSchema()._default(PageRequest.DEFAULT_LIMIT).minimum(java.math.BigDecimal.ONE)
                                .maximum(java.math.BigDecimal.valueOf(PageRequest.MOST))));
                String description = operation.getDescription() == null ? "" : operation.getDescription() + " ";
                operation.setDescription(description + PageRequest.RULE);
            }
            return operation;
        };
    }
}
