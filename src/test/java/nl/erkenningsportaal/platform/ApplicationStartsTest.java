package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.erkenningsportaal.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ApplicationStartsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runs_on_a_real_mariadb_with_every_migration_applied() {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).contains("MariaDB");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '0001'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void knows_the_twelve_municipalities_of_drenthe_of_which_four_take_part() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM municipality WHERE region = 'DRENTHE'",
                Integer.class)).isEqualTo(12);
        assertThat(jdbc.queryForList("SELECT name FROM municipality WHERE participating ORDER BY name",
                String.class)).containsExactly("Aa en Hunze", "Assen", "Borger-Odoorn", "De Wolden");
    }
}
