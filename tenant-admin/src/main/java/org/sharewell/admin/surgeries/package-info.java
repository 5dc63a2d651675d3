/**
 * The Social Media Surgery pages: so far, where a booker's emailed link leads, to see or cancel their
 * booking with no login.
 */
@NullMarked
package org.sharewell.admin.surgeries;

import org.jspecify.annotations.NullMarked;
