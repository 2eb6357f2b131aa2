package nl.erkenningsportaal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import nl.erkenningsportaal.account.AccountService;
import nl.erkenningsportaal.account.CreatedStaffAccount;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.NewStaffAccount;
import nl.erkenningsportaal.account.StaffAccount;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Administrators create staff accounts (with a one-time password) and disable or re-enable them. A municipal
 * administrator sees and manages only her own municipality's officers and policy makers (the service enforces it).
 */
@Route("beheer/medewerkers")
@Menu(title = "nav.staff", order = 80)
@RolesAllowed({Roles.ADMIN, Roles.MUNICIPAL_ADMIN})
public class StaffView extends Main implements HasDynamicTitle {

    private final transient AccountService accounts;
    private final transient MunicipalityService municipalities;
    private final Grid<StaffAccount> grid = new Grid<>();
    private final Map<String, String> municipalityNames;
    private final boolean municipal;

    StaffView(AccountService accounts, MunicipalityService municipalities, CurrentUser currentUser) {
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.municipal = currentUser.require().hasRole(Roles.MUNICIPAL_ADMIN);
        this.municipalityNames = municipalities.all().stream()
                .collect(Collectors.toMap(Municipality::id, Municipality::name));
        addClassName("portal-page");

        grid.addColumn(StaffAccount::username).setHeader(getTranslation("staff.username")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("role." + a.role())).setHeader(getTranslation("staff.role"));
        grid.addColumn(a -> a.municipalityId() == null ? "" : municipalityNames.get(a.municipalityId()))
                .setHeader(getTranslation("staff.municipality"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "staff.active" : "staff.disabled"))
                .setHeader(getTranslation("staff.status"));
        grid.addComponentColumn(this::toggleButton).setHeader(getTranslation("staff.actions"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("staff.title"));

        Button create = new Button(getTranslation("staff.create"), e -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("staff.title")), new Paragraph(getTranslation(municipal ? "staff.intro.municipal" : "staff.intro")), create, grid);
        refresh();
    }

    private Button toggleButton(StaffAccount account) {
        Button b = new Button(getTranslation(account.enabled() ? "staff.disable" : "staff.enable"), e -> {
            try {
                accounts.setEnabled(account.id(), !account.enabled());
                refresh();
            } catch (Refusal r) {
                error(r);
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setAriaLabel(b.getText() + " " + account.username());
        return b;
    }

    private void refresh() {
        grid.setItems(accounts.staffAccounts());
    }

    static final class NewAccountForm {
        private String username = "";
        private @Nullable String role;
        private @Nullable Municipality municipality;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public @Nullable String getRole() {
            return role;
        }

        public void setRole(@Nullable String role) {
            this.role = role;
        }

        public @Nullable Municipality getMunicipality() {
            return municipality;
        }

        public void setMunicipality(@Nullable Municipality municipality) {
            this.municipality = municipality;
        }
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.create"));
        TextField username = new TextField(getTranslation("staff.username"));
        // no maxlength: a name typed past the limit is refused on the field, not silently cut (issue 23)
        username.setHelperText(getTranslation("staff.username.help"));
        // radio buttons, not a Select: a required Select puts aria-required on a button, which WCAG does not allow
        RadioButtonGroup<String> role = new RadioButtonGroup<>(getTranslation("staff.role"));
        role.setItems(municipal ? AccountService.MUNICIPAL_ROLES : Roles.STAFF);
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("staff.municipality"));
        municipality.setItems(municipalities.manageable());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setVisible(false);
        // an officer and a municipal administrator belong to a municipality; a policy maker may (she then edits its
        // local information pages); a municipal administrator's new colleagues belong to her own municipality
        role.addValueChangeListener(e -> municipality.setVisible(!municipal && (Roles.OFFICER.equals(e.getValue())
                || Roles.POLICY.equals(e.getValue()) || Roles.MUNICIPAL_ADMIN.equals(e.getValue()))));

        Binder<NewAccountForm> binder = new Binder<>();
        binder.forField(username).asRequired(getTranslation("validation.required"))
                .withValidator(u -> u.strip().length() >= NewStaffAccount.USERNAME_MIN
                        && u.strip().length() <= NewStaffAccount.USERNAME_MAX,
                        getTranslation("error.username-invalid", NewStaffAccount.USERNAME_MIN,
                                NewStaffAccount.USERNAME_MAX))
                .bind(NewAccountForm::getUsername, NewAccountForm::setUsername);
        binder.forField(role).asRequired(getTranslation("validation.required"))
                .bind(NewAccountForm::getRole, NewAccountForm::setRole);
        binder.forField(municipality)
                .withValidator(m -> m != null || municipal || !Roles.OFFICER.equals(role.getValue()),
                        getTranslation("error.officer-needs-municipality"))
                .withValidator(m -> m != null || municipal || !Roles.MUNICIPAL_ADMIN.equals(role.getValue()),
                        getTranslation("error.municipal-admin-needs-municipality"))
                .bind(NewAccountForm::getMunicipality, NewAccountForm::setMunicipality);
        binder.setBean(new NewAccountForm());

        Button save = new Button(getTranslation("staff.save"), e -> {
            try {
                NewAccountForm form = new NewAccountForm();
                binder.writeBean(form);
                CreatedStaffAccount created = accounts.createStaffAccount(new NewStaffAccount(form.getUsername(),
                        form.getRole() == null ? "" : form.getRole(),
                        form.getMunicipality() == null ? null : form.getMunicipality().id()));
                dialog.close();
                refresh();
                showPassword(created);
            } catch (ValidationException ignored) {
                // shown at the fields
            } catch (Refusal r) {
                error(r);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(username, role, municipality));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void showPassword(CreatedStaffAccount created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.created.title"));
        Span password = new Span(created.initialPassword());
        password.addClassName("portal-secret");
        dialog.add(new Paragraph(getTranslation("staff.created.text", created.account().username())), password,
                new Paragraph(getTranslation("staff.created.once")));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void error(Refusal r) {
        Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " | " + getTranslation("app.name");
    }
}
