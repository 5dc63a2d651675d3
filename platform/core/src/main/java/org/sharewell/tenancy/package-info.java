/**
 * The tenant registry: which organisations use Sharewell, their addresses and settings, and which
 * tenant a piece of work is for ({@link org.sharewell.tenancy.TenantScope}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
@NullMarked
package org.sharewell.tenancy;

import org.jspecify.annotations.NullMarked;
