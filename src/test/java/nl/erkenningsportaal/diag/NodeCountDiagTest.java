package nl.erkenningsportaal.diag;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.NodeFeature;
import java.util.Map;
import java.util.TreeMap;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.Roles;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NodeCountDiagTest extends KaribuTest {
    @Autowired ConsultationFixtures fixtures;

    static void diagOut(String line) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/diag.txt"), line + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) { throw new RuntimeException(e); }
    }

    void dump(String label) {
        Map<String, Integer> byType = new TreeMap<>();
        int[] total = {0};
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(n -> {
            total[0]++;
            String name;
            try {
                var el = com.vaadin.flow.dom.Element.get(n);
                name = el.isTextNode() ? "#text" : el.getTag();
                var comp = el.getComponent();
                if (comp.isPresent()) name += " " + comp.get().getClass().getSimpleName();
            } catch (RuntimeException e) {
                name = "nonelement";
            }
            byType.merge(name, 1, Integer::sum);
        });
        diagOut("DIAG " + label + " nodes=" + total[0]);
        byType.forEach((k, v) -> diagOut("DIAG   " + v + "  " + k));
    }

    @Test
    void count() {
        UI.getCurrent().navigate("loadbench-none-xyz");
        UI.getCurrent().navigate("");
        dump("landing");
        for (int i = 0; i < 8; i++) fixtures.sessionNextWeek(2);
        login(Roles.WORKER, null);
        UI.getCurrent().navigate("spreekuur");
        dump("booking");
        logout();
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate("handhaving");
        dump("worklist");
    }
}
