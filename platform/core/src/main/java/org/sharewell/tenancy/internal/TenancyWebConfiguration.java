package org.sharewell.tenancy.internal;

import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.Tenants;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TenancyWebConfiguration {

    /** Runs before Spring Security (order -100), whose sign-in needs the tenant already bound. */
    static final int ORDER = -200;

    @Bean
    FilterRegistrationBean<TenantResolutionFilter> tenantResolutionFilter(Tenants tenants, TenantAddresses addresses) {
        var registration = new FilterRegistrationBean<>(new TenantResolutionFilter(tenants, addresses));
        registration.setOrder(ORDER);
        return registration;
    }
}
