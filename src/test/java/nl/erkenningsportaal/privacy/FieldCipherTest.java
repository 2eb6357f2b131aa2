package nl.erkenningsportaal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

    static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String BLIND = Base64.getEncoder().encodeToString("blind-index-key-of-32-bytes-long".getBytes());

    @TempDir
    Path dir;

    FieldCipher cipher(String keys) {
        return new FieldCipher(new CryptoSettings(keys, BLIND, dir));
    }

    @Test
    void a_value_round_trips_and_carries_its_key_id_but_no_plaintext() {
        FieldCipher cipher = cipher("k1:" + K1);
        String stored = cipher.encrypt("Nguyễn Thị Łucja O'Brien-Ñúñez", "request.legal_name");
        assertThat(stored).startsWith("v1.k1.").doesNotContain("Nguy").doesNotContain("Brien");
        assertThat(cipher.decrypt(stored, "request.legal_name")).isEqualTo("Nguyễn Thị Łucja O'Brien-Ñúñez");
        assertThat(cipher.encrypt("same", "c")).isNotEqualTo(cipher.encrypt("same", "c"));
    }

    @Test
    void an_altered_value_or_a_value_moved_to_another_column_does_not_decrypt() {
        FieldCipher cipher = cipher("k1:" + K1);
        String stored = cipher.encrypt("Assen", "request.town");
        char[] chars = stored.toCharArray();
        chars[chars.length - 3] = chars[chars.length - 3] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.decrypt(new String(chars), "request.town"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(stored, "request.legal_name"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void after_a_key_rotation_old_values_still_decrypt_and_new_ones_use_the_new_key() {
        String old = cipher("k1:" + K1).encrypt("Łucja", "x");
        FieldCipher rotated = cipher("k2:" + K2 + ",k1:" + K1);
        assertThat(rotated.decrypt(old, "x")).isEqualTo("Łucja");
        assertThat(FieldCipher.keyIdOf(rotated.encrypt("Łucja", "x"))).isEqualTo("k2");
    }

    @Test
    void blind_indexes_are_stable_keyed_and_separated_by_purpose() {
        FieldCipher cipher = cipher("k1:" + K1);
        assertThat(cipher.blindIndex("name-dob", "lucja|1990-01-01"))
                .isEqualTo(cipher.blindIndex("name-dob", "lucja|1990-01-01"))
                .isNotEqualTo(cipher.blindIndex("number", "lucja|1990-01-01"))
                .hasSize(64);
    }

    @Test
    void local_key_files_are_created_once_with_owner_only_permissions() throws Exception {
        FieldCipher first = new FieldCipher(new CryptoSettings(null, null, dir));
        String stored = first.encrypt("secret", "c");
        FieldCipher second = new FieldCipher(new CryptoSettings(null, null, dir));
        assertThat(second.decrypt(stored, "c")).isEqualTo("secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("identity-local1.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("blind-index.key"))))
                .isEqualTo("rw-------");
    }
}
