package org.sharewell.publishing.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.publishing.Placeholder;
import org.sharewell.publishing.PublishingEvent.AnswersChanged;
import org.sharewell.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The organisation's answers to placeholders: checked by type, changed, and told to the audit log. */
@Component
class PlaceholderAnswers {

    private final AnswerStore answers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlaceholderAnswers(AnswerStore answers, ApplicationEventPublisher events, Clock clock) {
        this.answers = answers;
        this.events = events;
        this.clock = clock;
    }

    /** The answers, with the organisation's name standing for its name until someone answers otherwise. */
    Map<Placeholder, String> filled(String organisationName) {
        var filled = new EnumMap<Placeholder, String>(Placeholder.class);
        filled.put(Placeholder.ORGANISATION_NAME, organisationName);
        filled.putAll(answers.all());
        return filled;
    }

    /** Sets the answers given (an empty one removes it), all or none. */
    void set(Map<Placeholder, String> given, TenantId organisation) {
        var problems = new LinkedHashMap<String, String>();
        given.forEach((placeholder, value) -> {
            if (value != null && !value.isBlank()) {
                placeholder.problemWith(value).ifPresent(problem -> problems.put(placeholder.word(), problem));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var before = answers.all();
        var changes = new ArrayList<String>();
        given.forEach((placeholder, value) -> {
            String was = before.get(placeholder);
            String now = value == null || value.isBlank() ? null : value.strip();
            if (now == null && was != null) {
                answers.remove(placeholder);
                changes.add(placeholder.label() + ": " + was + " → (none)");
            } else if (now != null && !now.equals(was)) {
                answers.put(placeholder, now, clock.instant());
                changes.add(placeholder.label() + ": " + (was == null ? "(none)" : was) + " → " + now);
            }
        });
        if (!changes.isEmpty()) {
            events.publishEvent(new AnswersChanged(organisation, changes, Actor.current()));
        }
    }
}
