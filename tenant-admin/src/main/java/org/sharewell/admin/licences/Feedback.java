package org.sharewell.admin.licences;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.springframework.security.access.AccessDeniedException;


/** How the licence pages tell people what happened, and write dates the UK way. */
final class Feedback {


    private Feedback() {
    }

    static void success(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String message) {
        var notification = Notification.show(message, 8000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Shows a refusal from the licensing module in its own plain words. */
    static void refused(RuntimeException refusal) {
        switch (refusal) {
            case InvalidInput invalid -> invalid.problems().values().forEach(Feedback::error);
            case Conflict conflict -> error(conflict.getMessage());
            case NotFound notFound -> error(notFound.getMessage());
            case AccessDeniedException denied -> error(denied.getMessage() == null || denied.getMessage().startsWith("Access")
                    ? "Your role in this organisation does not allow this." : denied.getMessage());
            default -> throw refusal;
        }
    }


}
