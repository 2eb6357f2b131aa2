package nl.erkenningsportaal.platform;

import java.nio.file.Path;

/**
 * Where this test JVM's embedded MariaDB keeps its data: {@code application-test.properties}' folder, unless the
 * build gives each parallel Failsafe fork a folder of its own (system property {@code portal.embedded-db.data-dir},
 * see pom.xml), so that two forks never share or wipe one data folder.
 */
public final class TestDatabase {

    public static final Path DATA_DIR = Path.of(System.getProperty("portal.embedded-db.data-dir",
            "target/test-mariadb/data"));

    private TestDatabase() {
    }
}
