package org.sharewell.people;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What an admin enters about a person: anything may be missing, and {@link People} says what is.
 *
 * @param fullName           the name people know them by
 * @param email              optional; needed only to invite them to log in
 * @param kind               staff, trustee, volunteer or member
 * @param volunteerTerm      for volunteers only: long-serving or short-term
 * @param volunteeringEndsOn for short-term volunteers only: their last day
 */
public record PersonDetails(@Nullable String fullName, @Nullable String email, @Nullable PersonKind kind,
                            @Nullable VolunteerTerm volunteerTerm, @Nullable LocalDate volunteeringEndsOn) {
}
