/**
 * The Sharewell web interface for people: sign-up, sign-in, the dashboard and tenant settings.
 * Built with Vaadin Flow; it calls only the other modules' published APIs, never their internals or tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenant admin UI")
@NullMarked
package org.sharewell.admin;

import org.jspecify.annotations.NullMarked;
