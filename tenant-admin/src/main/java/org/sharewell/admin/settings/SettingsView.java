package org.sharewell.admin.settings;

import org.sharewell.kernel.Roles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.tenancy.TenantSettings;
import org.sharewell.kernel.InvalidInput;

/** Tenant admins change their organisation's name, main colour and logo. */
@Route("settings")
@PageTitle("Settings | Sharewell")
@RolesAllowed(Roles.ADMIN)
public class SettingsView extends Main {

    private final TenantSettings settings;
    private final TextField name = new TextField("Organisation name");
    private final TextField colour = new TextField("Main colour");
    private final Div logoStatus = new Div();

    SettingsView(TenantSettings settings) {
        this.settings = settings;
        addClassName("page");
        var tenant = settings.tenant();
        var branding = settings.branding();
        name.setValue(tenant.name());
        name.setRequired(true);
        colour.setValue(branding.primaryColour().orElse(""));
        colour.setHelperText("A hex code such as #1a5e9a. Buttons show white text on it, so it must be dark enough to read. "
                + "Leave empty for Sharewell's blue.");

        var save = new Button("Save changes", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, colour);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        add(new H1("Settings"), new H2("Name and colour"), form, save, new H2("Logo"),
                new Paragraph("A PNG or JPEG image of at most 512 KB. It appears beside your organisation's name."),
                logoUpload(), logoStatus);
        showLogoStatus(branding.logo().isPresent());
    }

    private void save() {
        name.setInvalid(false);
        colour.setInvalid(false);
        try {
            settings.change(name.getValue(), colour.getValue());
            Notification.show("Settings saved. Reload the page to see the new colour everywhere.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInput invalid) {
            invalid.problems().forEach((field, message) -> {
                var target = "name".equals(field) ? name : colour;
                target.setErrorMessage(message);
                target.setInvalid(true);
            });
            (invalid.problems().containsKey("name") ? name : colour).focus();
        }
    }

    private Upload logoUpload() {
        var ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.inMemory((metadata, image) -> {
            String outcome;
            try {
                settings.changeLogo(image);
                outcome = null;
            } catch (InvalidInput invalid) {
                outcome = invalid.problems().get("logo");
            }
            String problem = outcome;
            ui.access(() -> {
                if (problem == null) {
                    showLogoStatus(true);
                    Notification.show("Logo saved.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } else {
                    Notification.show(problem).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
        }));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(512 * 1024);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> Notification.show(
                "That file cannot be used: choose a PNG or JPEG image of at most 512 KB.")
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        return upload;
    }

    private void showLogoStatus(boolean hasLogo) {
        logoStatus.removeAll();
        if (hasLogo) {
            var remove = new Button("Remove logo", click -> {
                settings.removeLogo();
                showLogoStatus(false);
                Notification.show("Logo removed.");
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            logoStatus.add(new Paragraph("Your organisation has a logo."), remove);
        } else {
            logoStatus.add(new Paragraph("No logo yet."));
        }
    }
}
