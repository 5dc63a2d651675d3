package org.sharewell.surgeries;

import java.util.UUID;

public record BookingId(UUID value) {
}
