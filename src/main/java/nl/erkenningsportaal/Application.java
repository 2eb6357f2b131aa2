package nl.erkenningsportaal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Erkenningsportaal: one Spring Boot application, a modular monolith. Every top-level package below this one is
 * an application module (see {@code ModularityTest}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync // Spring Modulith's @ApplicationModuleListener runs after the commit, off the user's request thread
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** A plain icon of its own (without one, every page asked for a {@code /favicon.ico} that is not there). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
