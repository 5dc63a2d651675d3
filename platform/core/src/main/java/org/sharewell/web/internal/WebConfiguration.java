package org.sharewell.web.internal;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

import org.sharewell.kernel.UkTime;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PagingParameters());
    }

    @Bean
    OperationCustomizer pagingDocumentation() {
        return PagingParameters.documentation();
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Spring Boot registers every Jackson module bean with the one JSON mapper. */
    @Bean
    InputValues inputValues() {
        return new InputValues();
    }

    @Bean
    FilterRegistrationBean<QueryTextFilter> queryTextFilter() {
        var registration = new FilterRegistrationBean<>(new QueryTextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** The platform's clock: UK time, so dates read as people here expect. Tests may replace it. */
    @Bean
    Clock clock() {
        return Clock.system(UkTime.ZONE);
    }
}
