package org.sharewell;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole platform on a real (embedded) PostgreSQL, with the {@link Organisations} fixture. Every test
 * class using this shares one application context, and so one database server. Email goes to the
 * development mailbox; the timetable is looked at often and failed email retried soon, so that
 * tests need not wait.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"sharewell.timetable.poll-interval=100ms", "sharewell.mail.retry.first-pause=100ms",
        "sharewell.surgeries.form-key=" + org.sharewell.surgeries.SurgeryFixtures.FORM_KEY})
@AutoConfigureMockMvc
@Import(Organisations.class)
public @interface IntegrationTest {
}
