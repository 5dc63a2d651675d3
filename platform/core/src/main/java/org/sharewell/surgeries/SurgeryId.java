package org.sharewell.surgeries;

import java.util.UUID;

public record SurgeryId(UUID value) {
}
