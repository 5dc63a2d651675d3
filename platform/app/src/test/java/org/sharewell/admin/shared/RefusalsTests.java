package org.sharewell.admin.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.kernel.InvalidInput;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;

import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A screen's change refused, by the module or (for a value its checks missed) by the database
 * itself, is told to the person in plain words; it never becomes Vaadin's error page.
 */
class RefusalsTests {

    private final UI ui = new UI();

    @BeforeEach
    void onAScreen() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void offTheScreen() {
        UI.setCurrent(null);
    }

    @Test
    void aValueTheDatabaseRefusesIsToldInPlainWords() {
        var name = new TextField("Name");
        var summary = new ProblemSummary();

        boolean made = Refusals.attempt(() -> {
            throw nulRefused();
        }, Map.of("name", name), summary);

        assertThat(made).isFalse();
        assertThat(summary.isVisible()).isTrue();
        String shown = summary.getElement().getTextRecursively();
        assertThat(shown).contains("A value could not be stored as given").doesNotContain("0x00", "UTF8", "statement");
    }

    @Test
    void withoutASummaryItIsAnErrorNoticeNotAnErrorPage() {
        boolean made = Refusals.attempt(() -> {
            throw nulRefused();
        });

        assertThat(made).isFalse();
    }

    /** What PostgreSQL says of a NUL character in text. */
    private static DataIntegrityViolationException nulRefused() {
        return new DataIntegrityViolationException("could not execute statement",
                new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
    }

    @Test
    void aModulesRefusalIsShownBesideItsField() {
        var name = new TextField("Name");

        boolean made = Refusals.attempt(() -> {
            throw InvalidInput.of("name", "Enter a name.");
        }, Map.of("name", name));

        assertThat(made).isFalse();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name.");
    }

    @Test
    void aRealFailureOfTheDatabaseIsNotDressedUpAsARefusal() {
        var down = new DataAccessResourceFailureException("connection refused");

        assertThatThrownBy(() -> Refusals.attempt(() -> {
            throw down;
        })).isSameAs(down);
    }
}
