package org.sharewell.surgeries;

import java.util.UUID;

public record OccurrenceId(UUID value) {
}
