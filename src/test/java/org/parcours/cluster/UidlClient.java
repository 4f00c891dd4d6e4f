package org.parcours.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A browser reduced to what Vaadin Flow's server sees: one client per simulated team, speaking Vaadin's JSON UIDL
 * protocol over HTTP, with its own cookies (the session's and the balancer's). It keeps the page's element tree as
 * the server describes it, and answers and clicks the way Flow's client does.
 *
 * <p>The protocol, as Chromium speaks it to Parcours (captured once, then written down here):
 * <ul>
 *   <li>{@code GET <page>}: with {@code vaadin.eagerServerLoad} the HTML carries the first UIDL message inline
 *       ({@code window.Vaadin.TypeScript = {"initial": {"appConfig": {"v-uiId": …, "uidl": {…}}}}}), with the
 *       session's CSRF token ({@code Vaadin-Security-Key}), {@code syncId} and {@code clientId};</li>
 *   <li>{@code POST /?v-r=uidl&v-uiId=<ui>} with {@code {"csrfToken", "rpc": [...], "syncId", "clientId"}}: the
 *       last {@code syncId} the server sent, and the {@code clientId} it expects next. The answer holds {@code
 *       changes} to the element tree (nodes attached, detached, properties put, children spliced), the next ids,
 *       and {@code timings}: the server's time for this request in its second entry (ms);</li>
 *   <li>a radio or checkbox group answered: {@code mSync} of its {@code value} property (a string, or an array
 *       of strings), then its {@code value-changed} event; a text field: {@code mSync} then {@code change}; a text
 *       area (lazy value change): {@code mSync} then {@code input}; a button: its {@code click} event.</li>
 * </ul>
 */
final class UidlClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String INITIAL = "window.Vaadin.TypeScript= ";
    /** Flow's node features: an element's children, and the virtual children through which the UI holds its view. */
    private static final int CHILDREN = 2;
    private static final int VIRTUAL_CHILDREN = 24;

    private final HttpClient http;
    private final String base;
    private final Map<Integer, Element> nodes = new HashMap<>();
    private String csrf;
    private int ui;
    private int syncId;
    private int clientId;
    private String location;

    /** What one request cost: the server's own time, and the time the client waited for the answer. */
    record Timing(long serverMillis, long roundTripMillis) {
    }

    UidlClient(String base, Executor executor) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Opens a page as a browser would: a new UI, its tree from the page's inline UIDL. */
    Timing open(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept-Language", "fr-FR,fr;q=0.9").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        long roundTrip = (System.nanoTime() - start) / 1_000_000;
        if (page.statusCode() != 200) throw new IOException("GET " + path + ": HTTP " + page.statusCode());
        String html = page.body();
        int from = html.indexOf(INITIAL);
        if (from < 0) throw new IOException("GET " + path + ": no inline UIDL in the page");
        int to = html.indexOf("</script>", from);
        String json = html.substring(from + INITIAL.length(), to).strip();
        JsonNode config = JSON.readTree(json.endsWith(";") ? json.substring(0, json.length() - 1) : json)
                .path("initial").path("appConfig");
        nodes.clear();
        ui = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asString();
        location = page.uri().getPath();
        apply(uidl);
        return new Timing(-1, roundTrip);
    }

    /**
     * Vaadin's heartbeat ({@code POST /?v-r=heartbeat&v-uiId=<ui>}), which a browser sends every minute
     * ({@code vaadin.heartbeatInterval}): without it the server closes the UI after three missed beats.
     */
    void heartbeat() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/?v-r=heartbeat&v-uiId=" + ui)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) throw new IOException("heartbeat: HTTP " + answer.statusCode());
    }

    /** The address the last page came from (a resume link holds the team's token). */
    String location() {
        return location;
    }

    Timing click(Element button) throws IOException, InterruptedException {
        return send(event(button, "click"));
    }

    /** Chooses options of a radio group (one value) or a checkbox group (several). */
    Timing choose(Element group, List<String> values) throws IOException, InterruptedException {
        ObjectNode sync = sync(group);
        if (group.tag().equals("vaadin-checkbox-group")) {
            ArrayNode array = sync.putArray("value");
            values.forEach(array::add);
        } else {
            sync.put("value", values.getFirst());
        }
        return send(sync, event(group, "value-changed"));
    }

    /** Types into a text field (committed on change) or a text area (committed as typed, lazily). */
    Timing type(Element field, String text) throws IOException, InterruptedException {
        ObjectNode sync = sync(field).put("value", text);
        if (field.tag().equals("vaadin-text-area")) {
            ObjectNode input = event(field, "input");
            input.putObject("data").put("1", 1).put("for", "trailing");
            return send(sync, input);
        }
        return send(sync, event(field, "change"));
    }

    /** The attached elements that match, in the order of the page. */
    List<Element> find(Predicate<Element> matching) {
        List<Element> found = new ArrayList<>();
        collect(nodes.get(1), matching, found);
        return found;
    }

    Optional<Element> button(String text) {
        return find(e -> e.tag().equals("vaadin-button") && e.text().strip().equals(text)).stream().findFirst();
    }

    private void collect(Element element, Predicate<Element> matching, List<Element> found) {
        if (element == null) return;
        if (matching.test(element)) found.add(element);
        for (int child : element.children) collect(nodes.get(child), matching, found);
    }

    private ObjectNode sync(Element element) {
        return JSON.createObjectNode().put("type", "mSync").put("node", element.id).put("feature", 1)
                .put("property", "value");
    }

    private ObjectNode event(Element element, String name) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", element.id).put("event", name);
        event.putObject("data");
        return event;
    }

    private Timing send(ObjectNode... rpc) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrf);
        ArrayNode calls = message.putArray("rpc");
        for (ObjectNode call : rpc) calls.add(call);
        message.put("syncId", syncId).put("clientId", clientId);
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/?v-r=uidl&v-uiId=" + ui)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build(),
                HttpResponse.BodyHandlers.ofString());
        long roundTrip = (System.nanoTime() - start) / 1_000_000;
        if (answer.statusCode() != 200) throw new IOException("UIDL: HTTP " + answer.statusCode());
        String body = answer.body().startsWith("for(;;);") ? answer.body().substring(8) : answer.body();
        JsonNode uidl = JSON.readTree(body);
        if (uidl.isArray()) uidl = uidl.get(0);
        if (uidl.has("meta") && (uidl.path("meta").has("sessionExpired") || uidl.path("meta").has("appError"))) {
            throw new IOException("UIDL: " + uidl.path("meta"));
        }
        if (!uidl.has("syncId")) throw new IOException("UIDL: an answer without syncId: " + abbreviated(body));
        apply(uidl);
        JsonNode timings = uidl.path("timings");
        return new Timing(timings.size() > 1 ? timings.get(1).asLong() : -1, roundTrip);
    }

    private void apply(JsonNode uidl) {
        syncId = uidl.path("syncId").asInt(syncId);
        clientId = uidl.path("clientId").asInt(clientId);
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Element element = nodes.computeIfAbsent(id, Element::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> element.put(feature, change.path("key").asString(), change.path("value"));
                case "clear" -> { if (feature == CHILDREN) element.children.clear(); }
                case "splice" -> { if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) element.splice(change); }
                default -> { }
            }
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** One node of the page's element tree, as far as a walk needs it. */
    final class Element {

        final int id;
        private String tag = "";
        private final Map<String, JsonNode> properties = new HashMap<>();
        private final Map<String, JsonNode> attributes = new HashMap<>();
        private String ownText = "";
        private final List<Integer> children = new ArrayList<>();

        private Element(int id) {
            this.id = id;
        }

        String tag() {
            return tag;
        }

        Optional<JsonNode> property(String name) {
            return Optional.ofNullable(properties.get(name));
        }

        Optional<String> attribute(String name) {
            return Optional.ofNullable(attributes.get(name)).map(JsonNode::asString);
        }

        /** The text of this element and its descendants. */
        String text() {
            StringBuilder text = new StringBuilder(ownText);
            for (int child : children) {
                Element element = nodes.get(child);
                if (element != null) text.append(element.text());
            }
            return text.toString();
        }

        /** The child elements of this one. */
        List<Element> children() {
            return children.stream().map(nodes::get).filter(java.util.Objects::nonNull).toList();
        }

        private void put(int feature, String key, JsonNode value) {
            switch (feature) {
                case 0 -> { if (key.equals("tag")) tag = value.asString(); }
                case 1 -> properties.put(key, value);
                case 3 -> attributes.put(key, value);
                case 7 -> { if (key.equals("text")) ownText = value.asString(); }
                default -> { }
            }
        }

        private void splice(JsonNode change) {
            int index = change.path("index").asInt();
            int removed = change.path("remove").asInt(0);
            for (int i = 0; i < removed && index < children.size(); i++) children.remove(index);
            List<Integer> added = new ArrayList<>();
            change.path("addNodes").forEach(node -> added.add(node.asInt()));
            children.addAll(Math.min(index, children.size()), added);
        }
    }
}
