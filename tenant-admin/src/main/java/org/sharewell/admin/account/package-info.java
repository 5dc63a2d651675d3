/**
 * The signed-in person's own login: their password.
 */
@NullMarked
package org.sharewell.admin.account;

import org.jspecify.annotations.NullMarked;
