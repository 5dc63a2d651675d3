package org.sharewell.surgeries;

import java.util.UUID;

public record WaitingId(UUID value) {
}
