package nl.erkenningsportaal.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The driver's copy of one UI's state tree, built from the {@code changes} of Vaadin's UIDL responses: per node its
 * tag, properties, attributes, text and children. Enough to find a component the way a user would — a button by its
 * text or accessible name, a field by an attribute — and to address it by node id in an RPC.
 */
final class UiTree {

    // Flow's node feature ids (NodeFeatureRegistry)
    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int TEXT = 7;
    static final int VIRTUAL_CHILDREN = 24;

    static final class Node {
        final int id;
        String tag = "";
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            return attributes.getOrDefault(name, "");
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode c : changes) {
            int id = c.path("node").asInt();
            String type = c.path("type").asText();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = c.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, c);
                case "remove" -> {
                    if (feature == PROPERTIES) {
                        node.properties.remove(c.path("key").asText());
                    } else if (feature == ATTRIBUTES) {
                        node.attributes.remove(c.path("key").asText());
                    }
                }
                case "splice" -> splice(node, feature, c);
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node.children.clear();
                    } else if (feature == VIRTUAL_CHILDREN) {
                        node.virtualChildren.clear();
                    }
                }
                default -> { }
            }
        }
    }

    private static void put(Node node, int feature, JsonNode c) {
        String key = c.path("key").asText();
        JsonNode value = c.get("value");
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key) && value != null) {
                    node.tag = value.asText();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value == null ? "" : value.asText());
            case TEXT -> node.text = value == null ? null : value.asText();
            default -> { }
        }
    }

    private static void splice(Node node, int feature, JsonNode c) {
        List<Integer> list = feature == CHILDREN ? node.children
                : feature == VIRTUAL_CHILDREN ? node.virtualChildren : null;
        if (list == null) {
            return;
        }
        int index = Math.min(c.path("index").asInt(), list.size());
        int remove = c.path("remove").asInt(0);
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode add = c.get("addNodes");
        if (add != null) {
            List<Integer> added = new ArrayList<>();
            add.forEach(n -> added.add(n.asInt()));
            list.addAll(index, added);
        }
    }

    /** The text a user would read in a node: its own text node(s) and its children's, in order. */
    String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out, 0);
        return out.toString().strip();
    }

    private void appendText(Node node, StringBuilder out, int depth) {
        if (depth > 40) {
            return;
        }
        if (node.text != null) {
            out.append(node.text);
        }
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                appendText(c, out, depth + 1);
            }
        }
    }

    List<Node> all(Predicate<Node> filter) {
        return nodes.values().stream().filter(filter).sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
    }

    Optional<Node> first(Predicate<Node> filter) {
        return all(filter).stream().findFirst();
    }

    /** A component's accessible name: the {@code accessibleName} property or the {@code aria-label} attribute. */
    static String accessibleName(Node n) {
        JsonNode name = n.properties.get("accessibleName");
        return name != null && name.isTextual() ? name.asText() : n.attribute("aria-label");
    }

    /** Buttons whose accessible name starts with {@code prefix}. */
    List<Node> buttonsLabelled(String prefix) {
        return all(n -> "vaadin-button".equals(n.tag) && accessibleName(n).startsWith(prefix));
    }

    /** Buttons showing exactly {@code text}, without an accessible name of their own. */
    List<Node> buttonsWithText(String text) {
        return all(n -> "vaadin-button".equals(n.tag) && accessibleName(n).isEmpty() && text.equals(text(n)));
    }

    /** {@code root} and everything under it (children and virtual children). */
    List<Node> subtree(Node root) {
        List<Node> out = new ArrayList<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty() && out.size() < 100_000) {
            Node n = todo.pop();
            out.add(n);
            for (int c : n.children) {
                Node child = nodes.get(c);
                if (child != null) {
                    todo.push(child);
                }
            }
            for (int c : n.virtualChildren) {
                Node child = nodes.get(c);
                if (child != null) {
                    todo.push(child);
                }
            }
        }
        return out;
    }

    Optional<Node> byTag(String tag) {
        return first(n -> tag.equals(n.tag));
    }

    /** True when any text node or string property (a notification's text, say) contains {@code fragment}. */
    boolean shows(String fragment) {
        for (Node n : nodes.values()) {
            if (n.text != null && n.text.contains(fragment)) {
                return true;
            }
            for (JsonNode p : n.properties.values()) {
                if (p != null && p.isTextual() && p.asText().contains(fragment)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every node, one a line: id, tag, attributes, properties, text (for debugging the driver). */
    String dump() {
        StringBuilder out = new StringBuilder();
        all(n -> true).forEach(n -> out.append(n.id).append(' ').append(n.tag).append(' ').append(n.attributes)
                .append(' ').append(n.properties).append(n.text == null ? "" : " text=" + n.text).append(" children=")
                .append(n.children).append(n.virtualChildren.isEmpty() ? "" : " virtual=" + n.virtualChildren)
                .append('\n'));
        return out.toString();
    }

    int size() {
        return nodes.size();
    }
}
