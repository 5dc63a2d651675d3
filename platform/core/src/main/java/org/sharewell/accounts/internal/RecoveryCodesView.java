package org.sharewell.accounts.internal;

import java.util.List;

/** Recovery codes, each working once, shown only when made: keep them somewhere safe, away from your phone. */
record RecoveryCodesView(List<String> recoveryCodes) {
}
