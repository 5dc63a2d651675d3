package org.sharewell.admin.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page every view lives in: Lumo, our own small stylesheet, and British English. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("sharewell.css")
@Meta(name = "description", content = "Sharewell helps voluntary organisations use social media with confidence.")
public class SharewellAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Sharewell");
    }
}
