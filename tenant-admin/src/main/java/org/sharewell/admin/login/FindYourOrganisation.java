package org.sharewell.admin.login;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.Tenants;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * At the bare platform address, finds the organisation a person signs in to: by its web address name
 * if they know it, or else by its name, which is what most people remember. One match goes straight
 * to its sign-in page; several are listed, each with its address.
 */
class FindYourOrganisation extends Div {

    private final Tenants tenants;
    private final TenantAddresses addresses;
    private final TextField typed = new TextField("Your organisation");
    private final Div found = new Div();

    FindYourOrganisation(Tenants tenants, TenantAddresses addresses) {
        this.tenants = tenants;
        this.addresses = addresses;
        typed.setHelperText("Its name, such as Brookfield Council for Voluntary Service, or its web address name, "
                + "such as brookfield");
        typed.setRequired(true);
        typed.setWidthFull();
        var go = new Button("Continue", click -> find());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER);
        found.getElement().setAttribute("role", "status");
        add(typed, go, found);
    }

    private void find() {
        typed.setInvalid(false);
        found.removeAll();
        String words = typed.getValue().strip();
        Optional<Tenant> byAddress = Slug.problemWith(words.toLowerCase(Locale.ROOT)).isEmpty()
                ? tenants.findBySlug(Slug.parse(words)) : Optional.empty();
        List<Tenant> byName = byAddress.map(List::of).orElseGet(() -> tenants.findByName(words));
        if (byName.size() == 1) {
            getUI().ifPresent(ui -> ui.getPage().setLocation(addresses.homeOf(byName.getFirst().slug()).resolve("login")));
            return;
        }
        if (byName.isEmpty()) {
            typed.setErrorMessage(words.length() < 3 ? "Type at least three letters of your organisation's name."
                    : "No organisation on Sharewell has that name or address. Check the spelling, or ask whoever "
                    + "invited you for your organisation's web address.");
            typed.setInvalid(true);
            typed.focus();
            return;
        }
        var list = new UnorderedList();
        byName.forEach(tenant -> {
            var home = addresses.homeOf(tenant.slug());
            list.add(new ListItem(new Anchor(home.resolve("login").toString(), tenant.name() + " (" + home.getHost() + ")")));
        });
        found.add(new H2(byName.size() + " organisations match: choose yours"), list);
    }
}
