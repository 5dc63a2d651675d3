/**
 * The signed-in person's own login: their password, and signing out everywhere.
 */
@NullMarked
package org.sharewell.admin.account;

import org.jspecify.annotations.NullMarked;
