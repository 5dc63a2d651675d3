package org.sharewell.publishing;

/**
 * Where an adopted document came from.
 *
 * @param document the upstream document
 * @param version  the upstream version whose changes have all been taken or declined: the base of
 *                 the next three-way merge
 */
public record Source(DocumentRef document, int version) {
}
