package org.sharewell.accounts.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceNamesTests {

    @Test
    void aBrowserIsNamedAsItsOwnerKnowsIt() {
        assertThat(DeviceNames.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo("Edge on Windows");
        assertThat(DeviceNames.of("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).isEqualTo("Safari on iPhone");
        assertThat(DeviceNames.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Mobile Safari/537.36")).isEqualTo("Chrome on Android");
        assertThat(DeviceNames.of("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"))
                .isEqualTo("Firefox on Linux");
        assertThat(DeviceNames.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                + "Version/18.1 Safari/605.1.15")).isEqualTo("Safari on a Mac");
    }

    @Test
    void whatCannotBeRecognisedIsSaidPlainly() {
        assertThat(DeviceNames.of(null)).isEqualTo("An unknown browser");
        assertThat(DeviceNames.of("")).isEqualTo("An unknown browser");
        assertThat(DeviceNames.of("SomethingNew/1.0 (Windows)")).isEqualTo("A browser on Windows");
        assertThat(DeviceNames.of("x".repeat(500)).length()).isLessThanOrEqualTo(80);
    }
}
