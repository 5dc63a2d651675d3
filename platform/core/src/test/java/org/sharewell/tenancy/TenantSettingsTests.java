package org.sharewell.tenancy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.kernel.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TenantSettingsTests {

    @Autowired
    TenantSettings settings;
    @Autowired
    Organisations organisations;

    TenantId tenant;

    @BeforeEach
    void anOrganisation() throws Exception {
        tenant = organisations.signUpDirectly("Settings test", TenantKind.LOCAL_GROUP).tenant().id();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminAddsAndRemovesALogo() throws IOException {
        byte[] png = image("png");
        TenantScope.runAs(tenant, () -> settings.changeLogo(png));
        var logo = TenantScope.callAs(tenant, () -> settings.branding()).logo();
        assertThat(logo).hasValueSatisfying(saved -> {
            assertThat(saved.contentType()).isEqualTo("image/png");
            assertThat(saved.image()).isEqualTo(png);
        });

        TenantScope.runAs(tenant, () -> settings.removeLogo());
        assertThat(TenantScope.callAs(tenant, () -> settings.branding()).logo()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void somethingThatIsNotAPictureIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> TenantScope.runAs(tenant, () -> settings.changeLogo("<svg onload=alert(1)>".getBytes())))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("PNG or JPEG");
        assertThatThrownBy(() -> TenantScope.runAs(tenant, () -> settings.changeLogo(new byte[600 * 1024])))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("too large");
        assertThat(TenantScope.callAs(tenant, () -> settings.branding()).logo()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aColourWhiteTextCannotBeReadOnIsExplained() {
        assertThatThrownBy(() -> TenantScope.runAs(tenant, () -> settings.change("Settings test group", "#ffcc00")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("hard to read");
        TenantScope.runAs(tenant, () -> settings.change("Renamed", "#0b5394"));
        assertThat(TenantScope.callAs(tenant, () -> settings.branding()).primaryColour()).contains("#0b5394");
        assertThat(TenantScope.callAs(tenant, () -> settings.tenant()).name()).isEqualTo("Renamed");
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void onlyAdminsChangeSettings() {
        assertThatThrownBy(() -> TenantScope.runAs(tenant, () -> settings.change("Taken over", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TenantScope.runAs(tenant, () -> settings.removeLogo()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TenantScope.callAs(tenant, () -> settings.tenant()).name()).isEqualTo("Settings test group");
    }

    private static byte[] image(String format) throws IOException {
        var picture = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(picture, format, bytes);
        return bytes.toByteArray();
    }
}
