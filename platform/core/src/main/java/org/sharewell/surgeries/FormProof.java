package org.sharewell.surgeries;

import org.jspecify.annotations.Nullable;

/**
 * The simple bot protection of the public forms, which needs no third-party service.
 *
 * @param token what {@link SurgeryBookings#formToken} gave the form when it was shown: signed, so it cannot
 *              be made up, and dated, so a form sent back within seconds is refused
 * @param trap  a field people never see or fill in (in the API, {@code website}); machines filling every field do
 */
public record FormProof(@Nullable String token, @Nullable String trap) {
}
