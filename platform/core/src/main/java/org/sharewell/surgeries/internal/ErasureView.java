package org.sharewell.surgeries.internal;

/** What erasing a booker's personal data changed, as the REST API shows it. */
record ErasureView(int bookings) {
}
