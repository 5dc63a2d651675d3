package org.sharewell.surgeries;

import java.util.UUID;

public record SurgeonId(UUID value) {
}
