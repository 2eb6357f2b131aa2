package nl.erkenningsportaal.platform;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Portal-wide settings.
 *
 * @param quickExitUrl the neutral site the quick-exit button leaves for
 * @param publicUrl    the address people use to reach the portal (links in mail)
 */
@ConfigurationProperties("portal")
public record PortalSettings(
        @DefaultValue("https://www.buienradar.nl/") URI quickExitUrl,
        @DefaultValue("http://localhost:8080") URI publicUrl) {}
