package org.sharewell.accounts.internal;

import me.gosimple.nbvcxz.resources.DictionaryUtil;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The passwords most often found in published breaches: the 100,000 of the list nbvcxz ships, read
 * from its jar (no network call), the first that attackers try. Only those long enough to pass the
 * length rule are kept, some 2,300: a shorter one is refused anyway. Compared ignoring case, as
 * guessing tools try every capitalisation.
 */
final class BreachedPasswords {

    private static final Set<String> LONG_ENOUGH = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords)
            .keySet().stream()
            .filter(password -> password.length() >= CredentialRules.MINIMUM_PASSWORD_LENGTH)
            .map(password -> password.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private BreachedPasswords() {
    }

    static boolean contains(String password) {
        return LONG_ENOUGH.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return LONG_ENOUGH.size();
    }
}
