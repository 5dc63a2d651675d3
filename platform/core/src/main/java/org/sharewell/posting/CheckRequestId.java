package org.sharewell.posting;

import java.util.UUID;

public record CheckRequestId(UUID value) {
}
