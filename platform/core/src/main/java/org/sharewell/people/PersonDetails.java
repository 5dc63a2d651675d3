package org.sharewell.people;

import java.time.LocalDate;

/**
 * What an admin enters about a person.
 *
 * @param fullName           the name people know them by
 * @param email              optional; needed only to invite them to log in
 * @param kind               staff, trustee, volunteer or member
 * @param volunteerTerm      for volunteers only: long-serving or short-term
 * @param volunteeringEndsOn for short-term volunteers only: their last day
 */
public record PersonDetails(String fullName, String email, PersonKind kind, VolunteerTerm volunteerTerm,
                            LocalDate volunteeringEndsOn) {
}
