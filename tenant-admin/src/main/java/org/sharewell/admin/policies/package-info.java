/**
 * The policy pages: reading the organisation's policies, adopting templates, editing beside a live
 * preview, filling in the organisation's details, comparing versions and taking upstream changes.
 */
@NullMarked
package org.sharewell.admin.policies;

import org.jspecify.annotations.NullMarked;
