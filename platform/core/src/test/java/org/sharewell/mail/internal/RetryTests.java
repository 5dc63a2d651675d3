package org.sharewell.mail.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryTests {

    final MailSettings.Retry retry = new MailSettings.Retry(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void pausesDoubleFromTheFirstPause() {
        assertThat(retry.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.pauseAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retry.pauseAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(retry.pauseAfter(7)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void thenStaySteadyAtTheLongestPauseForEver() {
        assertThat(retry.pauseAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(retry.pauseAfter(1_000)).isEqualTo(Duration.ofHours(1));
        assertThat(retry.pauseAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesPausesThatCannotWork() {
        assertThatThrownBy(() -> new MailSettings.Retry(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailSettings.Retry(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
