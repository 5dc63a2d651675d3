package org.sharewell.kernel;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTests {

    @Test
    void missingOrBlankParametersMeanTheFirstPage() {
        assertThat(PageRequest.parse(null, null)).isEqualTo(PageRequest.FIRST);
        assertThat(PageRequest.parse(" ", "")).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_LIMIT));
        assertThat(PageRequest.parse(" 20 ", "200")).isEqualTo(new PageRequest(20, 200));
    }

    @Test
    void anythingOutsideTheRuleIsRefusedNotQuietlyChanged() {
        assertThatThrownBy(() -> PageRequest.parse("-1", "201")).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems())
                        .containsEntry("offset", "Use a whole number from 0 to 2147483647 for 'offset'.")
                        .containsEntry("limit", "Use a whole number from 1 to 200 for 'limit'."));
        assertThatThrownBy(() -> PageRequest.parse("ten", "0")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PageRequest.parse("99999999999", null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aCallerCheckingMoreParametersGetsEveryProblemInOnePlace() {
        var problems = new LinkedHashMap<String, String>();
        problems.put("from", "Write the date as year-month-day.");
        assertThat(PageRequest.parse("x", null, problems)).isEqualTo(PageRequest.FIRST);
        assertThat(problems).containsOnlyKeys("from", "offset");
    }

    @Test
    void aPageOutsideTheRuleCannotBeMadeInCode() {
        assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.of(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
