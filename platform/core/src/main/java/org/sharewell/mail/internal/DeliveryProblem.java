package org.sharewell.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Why an email could not be sent, in plain English for the tenant's admins: never a stack trace or
 * a class name. A mail server's own reply (such as {@code 550 5.1.1 No such user}) is kept, because
 * it is what anyone fixing the problem needs to know.
 */
final class DeliveryProblem {

    /** An SMTP reply that refuses something: a 4xx or 5xx code, then text. */
    private static final Pattern REFUSAL = Pattern.compile("^[45]\\d\\d[ -].*");
    private static final int LONGEST_REPLY = 300;

    private DeliveryProblem() {
    }

    static String describe(Throwable failure) {
        List<Throwable> causes = causesOf(failure);
        if (failure instanceof MailAuthenticationException) {
            return "The mail server refused Sharewell's sign-in: the platform's SMTP user name and password need checking.";
        }
        if (failure instanceof MailPreparationException) {
            return "Sharewell could not put the email together for sending.";
        }
        if (has(causes, UnknownHostException.class)) {
            return "The mail server's name could not be found: the platform's SMTP settings need checking.";
        }
        if (has(causes, ConnectException.class) || has(causes, NoRouteToHostException.class)) {
            return "The mail server could not be reached.";
        }
        if (has(causes, SocketTimeoutException.class)) {
            return "The mail server did not answer in time.";
        }
        String reply = causes.stream().map(Throwable::getMessage)
                .filter(message -> message != null && REFUSAL.matcher(message.strip()).matches())
                .map(DeliveryProblem::firstLine).findFirst().map(text -> " It replied: " + text).orElse("");
        if (has(causes, SendFailedException.class)) {
            return "The mail server refused the email." + reply;
        }
        return "The email could not be sent." + reply;
    }

    /**
     * The failure and everything behind it: causes, JavaMail's chained exceptions, and the
     * per-message failures Spring keeps apart from the cause.
     */
    private static List<Throwable> causesOf(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var waiting = new ArrayDeque<Throwable>(List.of(failure));
        while (!waiting.isEmpty()) {
            Throwable next = waiting.removeFirst();
            if (!seen.add(next)) {
                continue;
            }
            found.add(next);
            if (next.getCause() != null) {
                waiting.add(next.getCause());
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                waiting.add(messaging.getNextException());
            }
            if (next instanceof MailSendException send) {
                waiting.addAll(send.getFailedMessages().values());
            }
        }
        return found;
    }

    private static boolean has(List<Throwable> causes, Class<? extends Throwable> type) {
        return causes.stream().anyMatch(type::isInstance);
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > LONGEST_REPLY ? line.substring(0, LONGEST_REPLY) + "…" : line;
    }
}
