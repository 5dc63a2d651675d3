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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.accounts.TwoStepSignIn;
import org.sharewell.tenancy.TenantSettings;
import org.sharewell.admin.shared.Refusals;

import java.util.Map;

/** Tenant admins change their organisation's name, main colour and logo, and how its key roles sign in. */
@Route("settings")
@PageTitle("Settings | Sharewell")
@Menu(title = "Settings", order = 7)
@RolesAllowed(Roles.ADMIN)
public class SettingsView extends Main {

    private final TenantSettings settings;
    private final TextField name = new TextField("Organisation name");
    private final TextField colour = new TextField("Main colour");
    private final Div logoStatus = new Div();

    SettingsView(TenantSettings settings, TwoStepSignIn twoStep) {
        this.settings = settings;
        addClassName("page");
        var tenant = settings.tenant();
        var branding = settings.branding();
        name.setValue(tenant.name());
        name.setRequired(true);
        colour.setValue(branding.primaryColour().orElse(""));
        colour.setHelperText("A colour written as # and six letters or digits, such as #1a5e9a (a design program or a "
                + "colour picker online gives you one). Buttons show white text on it, so it must be dark enough to read. "
                + "Leave empty for Sharewell's blue.");

        var save = new Button("Save changes", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var preview = new Span("How a button looks in this colour");
        preview.addClassName("colour-preview");
        colour.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        colour.addValueChangeListener(change -> showColour(preview, change.getValue()));
        showColour(preview, colour.getValue());
        var form = new FormLayout(name, colour, preview);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        add(new H1("Settings"), new H2("Name and colour"), form, save, new H2("Logo"),
                new Paragraph("A PNG or JPEG image of at most 512 KB. It appears beside your organisation's name."),
                logoUpload(), logoStatus, new SignInRuleSection(twoStep));
        showLogoStatus(branding.logo().isPresent());
    }

    private void save() {
        if (Refusals.attempt(() -> settings.change(name.getValue(), colour.getValue()),
                Map.of("name", name, "primaryColour", colour))) {
            Refusals.success("Settings saved. Reload the page to see the new colour everywhere.");
        }
    }

    /** Shows the colour as typed, once it is a whole colour, so the person sees it before saving. */
    private static void showColour(Span preview, String typed) {
        String value = typed == null ? "" : typed.strip();
        preview.getStyle().set("background-color", value.matches("#[0-9a-fA-F]{6}") ? value : "var(--lumo-primary-color)");
    }

    private Upload logoUpload() {
        var ui = UI.getCurrent();
        // The upload arrives outside the page's own requests: show its outcome on the page when it can.
        var upload = new Upload(UploadHandler.inMemory((metadata, image) -> ui.access(() -> {
            if (Refusals.attempt(() -> settings.changeLogo(image))) {
                showLogoStatus(true);
                Refusals.success("Logo saved.");
            }
        })));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne("Choose an image…").setMany("Choose images…"))
                .setDropFiles(new UploadI18N.DropFiles().setOne("or drop an image here").setMany("or drop images here")));
        upload.setMaxFileSize(512 * 1024);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> Refusals.error(
                "That file cannot be used: choose a PNG or JPEG image of at most 512 KB."));
        return upload;
    }

    private void showLogoStatus(boolean hasLogo) {
        logoStatus.removeAll();
        if (hasLogo) {
            var remove = new Button("Remove logo", click -> {
                settings.removeLogo();
                showLogoStatus(false);
                Refusals.success("Logo removed.");
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            logoStatus.add(new Paragraph("Your organisation has a logo."), remove);
        } else {
            logoStatus.add(new Paragraph("No logo yet."));
        }
    }
}
