package nl.erkenningsportaal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep their boundaries; the module documentation is written to target/spring-modulith-docs. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void writes_module_documentation() {
        new Documenter(MODULES).writeDocumentation().writeModuleCanvases();
    }
}
