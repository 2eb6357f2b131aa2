package nl.erkenningsportaal.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded MariaDB keeps its data when no external database is configured.
 *
 * @param dataDir  the data folder, kept between runs
 * @param database the schema the portal uses
 * @param fresh    wipe the data folder once per JVM before starting (tests only)
 */
@ConfigurationProperties("portal.embedded-db")
public record EmbeddedDatabaseSettings(
        @DefaultValue("./data/mariadb") Path dataDir,
        @DefaultValue("portal") String database,
        @DefaultValue("false") boolean fresh) {}
