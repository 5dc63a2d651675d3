/**
 * The Social Media Surgery pages: a host's surgeries, their dates, bookings and waiting lists; the public
 * page where groups book or join a waiting list with no account; and where each emailed link leads.
 */
@NullMarked
package org.sharewell.admin.surgeries;

import org.jspecify.annotations.NullMarked;
