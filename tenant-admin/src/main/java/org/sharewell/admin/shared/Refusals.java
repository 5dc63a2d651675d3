package org.sharewell.admin.shared;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.jspecify.annotations.Nullable;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.sharewell.tenancy.SlugTaken;
import org.sharewell.web.DatabaseRefusal;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

import java.util.Map;

/**
 * The one way a screen asks a module for a change and tells the person how it went. When the module
 * refuses, its own plain words are shown: a problem with a field beside that field (marked invalid,
 * and the first such field focused, as WCAG 3.3.1 asks), anything else as an error notice; so is
 * the database's own refusal of a value the module's checks missed. Vaadin's
 * notices are ARIA live regions, so screen readers announce them; error notices interrupt at once
 * and stay long enough to be read twice.
 */
public final class Refusals {

    /** Long enough for a two-sentence refusal to be read slowly, twice. */
    static final int ERROR_SHOWN_FOR_MS = 15_000;

    static final String ROLE_DOES_NOT_ALLOW = "Your role in this organisation does not allow this.";

    private Refusals() {
    }

    /** Makes the change; on a refusal, shows why as an error notice and answers false. */
    public static boolean attempt(Runnable change) {
        return attempt(change, Map.of());
    }

    /**
     * Makes the change; on a refusal, shows each problem beside its field in {@code fields} (keyed by
     * the field names the module uses) and the rest as error notices, and answers false. The fields'
     * earlier problems are cleared first.
     */
    public static boolean attempt(Runnable change, Map<String, ? extends HasValidation> fields) {
        return attempt(change, fields, null);
    }

    /**
     * As {@link #attempt(Runnable, Map)}, for a long form: every problem is listed in the summary at
     * its top as well, and none is shown as a notice.
     */
    public static boolean attempt(Runnable change, Map<String, ? extends HasValidation> fields,
                                  @Nullable ProblemSummary summary) {
        return attempt(change, fields, summary, true);
    }

    /**
     * As {@link #attempt(Runnable, Map)}, for what is checked as the person types, such as a filter:
     * the focus stays where they are (WCAG 3.2.2), and they find the problem beside its field.
     */
    public static boolean check(Runnable change, Map<String, ? extends HasValidation> fields) {
        return attempt(change, fields, null, false);
    }

    private static boolean attempt(Runnable change, Map<String, ? extends HasValidation> fields,
                                   @Nullable ProblemSummary summary, boolean focus) {
        fields.values().forEach(field -> field.setInvalid(false));
        if (summary != null) {
            summary.clear();
        }
        try {
            change.run();
            return true;
        } catch (DataAccessException failure) {
            // The database's own refusal of a value a check missed (a NUL pasted into a field, say):
            // shown like any refusal. Anything else it says is a real failure, for the error page.
            var refusal = DatabaseRefusal.of(failure).orElseThrow(() -> failure);
            if (summary != null) {
                summary.show(java.util.List.of(refusal.message()));
            } else {
                error(refusal.message());
            }
            return false;
        } catch (InvalidInput | Conflict | NotFound | AccessDeniedException refusal) {
            var problems = problems(refusal);
            if (summary != null) {
                summary.show(problems.values());
            }
            var first = showBeside(problems, fields, summary == null);
            if (focus && first instanceof Focusable<?> focusable) {
                focusable.focus();
            }
            return false;
        }
    }

    /** Says that a change was made. Announced politely, after whatever the screen reader is saying. */
    public static void success(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Says that something could not be done, for refusals that come from the screen itself. */
    public static void error(String message) {
        var notice = Notification.show(message, ERROR_SHOWN_FOR_MS, Notification.Position.BOTTOM_START, true);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Each refusal's problems, keyed by the field they concern, or by "" when they concern none. */
    static Map<String, String> problems(RuntimeException refusal) {
        return switch (refusal) {
            case InvalidInput invalid -> invalid.problems();
            // The one conflict that is about what someone typed: a web address name already in use.
            case SlugTaken taken -> Map.of("slug", taken.getMessage());
            case AccessDeniedException denied -> Map.of("", denied.getMessage() == null
                    || denied.getMessage().startsWith("Access") ? ROLE_DOES_NOT_ALLOW : denied.getMessage());
            default -> Map.of("", refusal.getMessage());
        };
    }

    /** Answers the first field with a problem, if any. */
    private static @Nullable HasValidation showBeside(Map<String, String> problems,
                                                      Map<String, ? extends HasValidation> fields, boolean restAsNotices) {
        @Nullable HasValidation first = null;
        for (var problem : problems.entrySet()) {
            HasValidation field = fields.get(problem.getKey());
            if (field == null) {
                if (restAsNotices) {
                    error(problem.getValue());
                }
                continue;
            }
            field.setErrorMessage(problem.getValue());
            field.setInvalid(true);
            first = first == null ? field : first;
        }
        return first;
    }
}
