package org.sharewell.mail.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Failures described for the tenant's admins: plain words, and the mail server's reply if it gave one. */
class DeliveryProblemTests {

    @Test
    void aMailServerThatIsNotThere() throws IOException {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(aPortNobodyListensOn());
        var message = new SimpleMailMessage();
        message.setFrom("no-reply@example.org");
        message.setTo("ann@example.org");
        message.setText("Hello");

        assertThatThrownBy(() -> sender.send(message))
                .satisfies(failure -> assertThat(DeliveryProblem.describe(failure)).isEqualTo("The mail server could not be reached."));
    }

    @Test
    void aRefusalKeepsTheServersReply() {
        var refused = new MailSendException(Map.of("message", new SendFailedException("Invalid Addresses", new MessagingException(
                "550 5.1.1 <nobody@example.org>: Recipient address rejected\n"))));

        assertThat(DeliveryProblem.describe(refused)).isEqualTo(
                "The mail server refused the email. It replied: 550 5.1.1 <nobody@example.org>: Recipient address rejected");
    }

    @Test
    void aRefusedSignIn() {
        var refused = new MailAuthenticationException(new AuthenticationFailedException("535 5.7.8 Authentication failed"));

        assertThat(DeliveryProblem.describe(refused)).startsWith("The mail server refused Sharewell's sign-in");
    }

    @Test
    void anythingElseIsStillPlainWords() {
        assertThat(DeliveryProblem.describe(new IllegalStateException("java.lang.NullPointerException at Foo.java:12")))
                .isEqualTo("The email could not be sent.");
    }

    private static int aPortNobodyListensOn() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
