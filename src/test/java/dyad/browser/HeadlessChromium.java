package dyad.browser;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dyad.browser.PageReport.BrokenImage;
import dyad.browser.PageReport.CharacterFonts;
import dyad.browser.PageReport.ConsoleError;
import dyad.browser.PageReport.ElementText;
import dyad.browser.PageReport.PlatformFont;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} in headless mode, driven through the DevTools protocol, to check a page as a reader
 * would see it: {@link #open} loads an HTML file and reports its console errors, broken images, the fonts that
 * drew its text and the characters that no font had; {@link #screenshotPng} and {@link #printPdf} render it. The
 * browser runs with a new profile in a temporary folder and a window of 1280 × 1024 pixels, resolves no host name
 * (a page that needs the network shows it as errors), and is killed, with all its processes, and its profile
 * deleted by {@link #close} (or when the JVM exits).
 *
 * <pre>{@code
 * try (HeadlessChromium browser = HeadlessChromium.start()) {
 *     PageReport report = browser.open(Path.of("handout.html"));
 *     assertEquals(List.of(), report.consoleErrors());
 *     browser.screenshotPng(Path.of("handout.png"));
 *     browser.printPdf(Path.of("handout.pdf"), PaperSize.A4);
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {

    /** The longest wait for the browser to start, a page to load or a command to be answered. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The environment variable naming the browser to run, if not {@code chromium} on the PATH. */
    public static final String BROWSER_VARIABLE = "DYAD_CHROMIUM";

    private static final List<String> NAMES = List.of("chromium", "chromium-browser");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Gson GSON = new Gson();
    private static final Set<String> NOT_DRAWN = Set.of("script", "style", "noscript", "template", "title", "head",
            "textarea");

    /**
     * A paper size for {@link #printPdf}; a page's CSS {@code @page size} takes precedence.
     *
     * @param widthInches the paper's width in inches
     * @param heightInches its height in inches
     */
    public record PaperSize(double widthInches, double heightInches) {
        /** ISO A4, 210 × 297 mm. */
        public static final PaperSize A4 = new PaperSize(8.27, 11.69);
    }

    /** One tab of the browser, attached to this connection as its own session. */
    private static final class Tab {
        final String targetId;
        final String sessionId;
        final BlockingQueue<JsonObject> loads = new LinkedBlockingQueue<>();
        final List<ConsoleError> errors = new ArrayList<>();
        volatile boolean recording;

        Tab(String targetId, String sessionId) {
            this.targetId = targetId;
            this.sessionId = sessionId;
        }

        void record() {
            synchronized (errors) {
                errors.clear();
            }
            recording = true;
        }

        void event(String method, JsonObject params) {
            if (method.equals("Page.loadEventFired")) {
                loads.add(params);
            } else if (recording) {
                ConsoleError error = consoleError(method, params);
                if (error != null) {
                    synchronized (errors) {
                        errors.add(error);
                    }
                }
            }
        }

        List<ConsoleError> errors() {
            synchronized (errors) {
                return List.copyOf(errors);
            }
        }
    }

    private final Process process;
    private final List<ProcessHandle> processes = new ArrayList<>();
    private final Path profile;
    private final Deque<String> log;
    private final Thread cleanup = new Thread(this::kill, "dyad-chromium-cleanup");
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final Map<String, Tab> tabs = new ConcurrentHashMap<>();
    private WebSocket socket;
    private volatile IOException lost;
    /** The tab that shows the pages opened. */
    private Tab page;
    /** The tab where the characters of a page are taken apart, out of sight of {@link #page}. */
    private Tab probe;
    private boolean closed;

    private HeadlessChromium(Process process, Path profile, Deque<String> log) {
        this.process = process;
        this.profile = profile;
        this.log = log;
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** The browser this harness runs: {@code $DYAD_CHROMIUM}, else {@code chromium} on the PATH, if there is one. */
    public static Optional<Path> executable() {
        String named = System.getenv(BROWSER_VARIABLE);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        String path = System.getenv("PATH");
        for (String folder : path == null ? new String[0] : path.split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts the browser with a new profile and connects to it. */
    public static HeadlessChromium start() throws IOException {
        Path chromium = executable().orElseThrow(() -> new IOException("no chromium to run: install Debian's"
                + " chromium package or name the browser in " + BROWSER_VARIABLE));
        Path profile = Files.createTempDirectory("dyad-chromium-");
        List<String> command = List.of(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--no-pings",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars", "--mute-audio",
                "--window-size=1280,1024", "about:blank");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            delete(profile);
            throw e;
        }
        Deque<String> log = new ArrayDeque<>();
        HeadlessChromium browser = new HeadlessChromium(process, profile, log);
        try {
            browser.connect(browser.devToolsAddress());
            return browser;
        } catch (IOException | RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }

    /** Reads the browser's standard error to its end, and returns the address it listens on once it says it. */
    private URI devToolsAddress() throws IOException {
        CompletableFuture<URI> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.contains("dbus")) {
                        continue; // no system bus in a container: noise
                    }
                    synchronized (log) {
                        log.addLast(line);
                        if (log.size() > 40) {
                            log.removeFirst();
                        }
                    }
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        address.complete(URI.create(listening.group(1)));
                    }
                }
            } catch (IOException e) {
                // the browser was killed: its output ends here
            }
            address.completeExceptionally(new IOException("chromium stopped before it listened for DevTools"));
        }, "dyad-chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("chromium did not listen for DevTools in " + TIMEOUT.toSeconds() + " s" + tail());
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage() + tail(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while chromium started", e);
        }
    }

    /** The last lines the browser wrote, for a message. */
    private String tail() {
        synchronized (log) {
            return log.isEmpty() ? "" : "; it said:\n" + String.join("\n", log);
        }
    }

    private void connect(URI address) throws IOException {
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    String message = text.toString();
                    text.setLength(0);
                    receive(JsonParser.parseString(message).getAsJsonObject());
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                lose(new IOException("chromium closed the DevTools connection (" + statusCode + " " + reason + ")"));
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                lose(new IOException("the DevTools connection failed: " + error, error));
            }
        };
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(address, listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not connect to chromium at " + address + ": " + e + tail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to chromium", e);
        }
    }

    private void receive(JsonObject message) {
        if (message.has("id")) {
            CompletableFuture<JsonObject> reply = pending.remove(message.get("id").getAsInt());
            if (reply != null) {
                reply.complete(message);
            }
        } else if (message.has("sessionId") && message.has("method")) {
            Tab tab = tabs.get(message.get("sessionId").getAsString());
            if (tab != null) {
                JsonObject params = message.has("params") ? message.getAsJsonObject("params") : new JsonObject();
                tab.event(message.get("method").getAsString(), params);
            }
        }
    }

    private void lose(IOException why) {
        lost = why;
        pending.values().forEach(reply -> reply.completeExceptionally(why));
        pending.clear();
    }

    /** The command's parameters from names and values, in pairs. */
    private static JsonObject params(Object... namesAndValues) {
        JsonObject params = new JsonObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.add((String) namesAndValues[i], GSON.toJsonTree(namesAndValues[i + 1]));
        }
        return params;
    }

    /** Sends a DevTools command, to the browser or to a tab, and returns its result. */
    private JsonObject call(Tab tab, String method, JsonObject params) throws IOException {
        if (lost != null) {
            throw new IOException(method + ": " + lost.getMessage() + tail(), lost);
        }
        int id = ids.incrementAndGet();
        JsonObject message = params("id", id, "method", method);
        message.add("params", params);
        if (tab != null) {
            message.addProperty("sessionId", tab.sessionId);
        }
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            synchronized (this) {
                socket.sendText(message.toString(), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            JsonObject answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IOException(method + " failed: " + answer.get("error"));
            }
            return answer.has("result") ? answer.getAsJsonObject("result") : new JsonObject();
        } catch (TimeoutException e) {
            throw new IOException(method + " got no answer in " + TIMEOUT.toSeconds() + " s" + tail(), e);
        } catch (ExecutionException e) {
            throw new IOException(method + ": " + e.getCause().getMessage() + tail(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + method, e);
        } finally {
            pending.remove(id);
        }
    }

    private JsonObject call(Tab tab, String method) throws IOException {
        return call(tab, method, new JsonObject());
    }

    /** The value of a JavaScript expression in the tab (awaited if it is a promise), as JSON. */
    private JsonElement evaluate(Tab tab, String expression) throws IOException {
        JsonObject result = call(tab, "Runtime.evaluate", params("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("the page could not evaluate " + expression + ": "
                    + result.getAsJsonObject("exceptionDetails"));
        }
        JsonObject value = result.getAsJsonObject("result");
        return value.has("value") ? value.get("value") : null;
    }

    /** A new tab on {@code about:blank}, telling its page's events, console, document and styles. */
    private Tab newTab() throws IOException {
        String targetId = call(null, "Target.createTarget", params("url", "about:blank")).get("targetId")
                .getAsString();
        String sessionId = call(null, "Target.attachToTarget", params("targetId", targetId, "flatten", true))
                .get("sessionId").getAsString();
        Tab tab = new Tab(targetId, sessionId);
        tabs.put(sessionId, tab);
        for (String domain : List.of("Page", "Runtime", "Log", "DOM", "CSS")) {
            call(tab, domain + ".enable");
        }
        return tab;
    }

    /** Loads the address in the tab and waits for its load event and its web fonts. */
    private void navigate(Tab tab, String url) throws IOException {
        tab.loads.clear();
        JsonObject navigated = call(tab, "Page.navigate", params("url", url));
        if (navigated.has("errorText")) {
            throw new IOException("chromium could not open " + url + ": " + navigated.get("errorText").getAsString());
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try {
            while (true) {
                JsonObject load = tab.loads.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (load == null) {
                    throw new IOException(url + " did not finish loading in " + TIMEOUT.toSeconds() + " s");
                }
                // a late load event of about:blank is not the page's
                JsonElement loaded = evaluate(tab, "document.readyState === 'complete'"
                        + " && location.protocol !== 'about:'");
                if (loaded != null && loaded.getAsBoolean()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + url + " loaded", e);
        }
        evaluate(tab, "document.fonts.ready.then(() => true)");
    }

    /**
     * Opens the HTML file in place of the last one, waits until it has loaded and its web fonts are ready, and
     * reports what it showed until then; {@link #screenshotPng} and {@link #printPdf} then render it.
     */
    public PageReport open(Path html) throws IOException {
        String url = html.toAbsolutePath().normalize().toUri().toString();
        if (page == null) {
            page = newTab();
        }
        Tab tab = page;
        // a tab behind another lays out nothing, and so tells no fonts
        call(tab, "Page.bringToFront");
        tab.record();
        navigate(tab, url);
        // every message the page logged while loading has come before this answer
        evaluate(tab, "true");
        tab.recording = false;
        List<ConsoleError> errors = tab.errors();
        List<BrokenImage> broken = brokenImages(tab);
        List<ElementText> texts = texts(tab);
        if (texts.stream().anyMatch(text -> text.text().chars().anyMatch(c -> c > 0x7f))) {
            Map<String, List<CharacterFonts>> characters = characterFonts(url);
            texts = texts.stream().map(text -> new ElementText(text.element(), text.text(), text.fonts(),
                    characters.getOrDefault(text.element(), List.of()))).toList();
        }
        // nor does it draw a frame for a screenshot
        call(tab, "Page.bringToFront");
        return new PageReport(url, errors, broken, texts);
    }

    /** The console error an event reports, or null for any other event. */
    private static ConsoleError consoleError(String method, JsonObject params) {
        switch (method) {
            case "Runtime.consoleAPICalled": {
                String type = string(params, "type");
                if (!type.equals("error") && !type.equals("assert")) {
                    return null;
                }
                List<String> parts = new ArrayList<>();
                for (JsonElement argument : params.getAsJsonArray("args")) {
                    JsonObject object = argument.getAsJsonObject();
                    parts.add(object.has("value") ? scalar(object.get("value")) : string(object, "description"));
                }
                String url = "";
                if (params.has("stackTrace")) {
                    JsonArray frames = params.getAsJsonObject("stackTrace").getAsJsonArray("callFrames");
                    url = frames.isEmpty() ? "" : string(frames.get(0).getAsJsonObject(), "url");
                }
                return new ConsoleError("console", String.join(" ", parts), url);
            }
            case "Runtime.exceptionThrown": {
                JsonObject details = params.getAsJsonObject("exceptionDetails");
                String text = details.has("exception")
                        ? string(details.getAsJsonObject("exception"), "description") : string(details, "text");
                return new ConsoleError("exception", text.isEmpty() ? string(details, "text") : text,
                        string(details, "url"));
            }
            case "Log.entryAdded": {
                JsonObject entry = params.getAsJsonObject("entry");
                if (!string(entry, "level").equals("error")) {
                    return null;
                }
                return new ConsoleError(string(entry, "source"), string(entry, "text"), string(entry, "url"));
            }
            default:
                return null;
        }
    }

    private static String string(JsonObject object, String name) {
        return object.has(name) && !object.get(name).isJsonNull() ? scalar(object.get(name)) : "";
    }

    private static String scalar(JsonElement value) {
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    /** Every {@code <img>} that loaded no picture, every SVG {@code <image>} and {@code <use>} whose target fails. */
    private List<BrokenImage> brokenImages(Tab tab) throws IOException {
        String script = """
                (async () => {
                  const describe = e => e.localName + (e.id ? '#' + e.id : '');
                  const href = e => e.getAttribute('href') ?? e.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '';
                  const loads = url => new Promise(resolve => {
                    const probe = new Image();
                    probe.onload = () => resolve(true);
                    probe.onerror = () => resolve(false);
                    probe.src = url;
                  });
                  const broken = [];
                  for (const img of document.querySelectorAll('img')) {
                    if (!img.complete || img.naturalWidth === 0) {
                      broken.push({element: describe(img), href: img.getAttribute('src') ?? ''});
                    }
                  }
                  const svg = 'http://www.w3.org/2000/svg';
                  for (const image of document.getElementsByTagNameNS(svg, 'image')) {
                    const target = href(image);
                    if (target === '' || !(await loads(new URL(target, document.baseURI).href))) {
                      broken.push({element: describe(image), href: target});
                    }
                  }
                  for (const use of document.getElementsByTagNameNS(svg, 'use')) {
                    const target = href(use);
                    const hash = target.indexOf('#');
                    const file = hash < 0 ? target : target.substring(0, hash);
                    const fine = file === ''
                        ? hash >= 0 && document.getElementById(decodeURIComponent(target.substring(hash + 1))) !== null
                        : await loads(new URL(file, document.baseURI).href);
                    if (!fine) {
                      broken.push({element: describe(use), href: target});
                    }
                  }
                  return broken;
                })()""";
        List<BrokenImage> broken = new ArrayList<>();
        for (JsonElement image : evaluate(tab, script).getAsJsonArray()) {
            JsonObject object = image.getAsJsonObject();
            broken.add(new BrokenImage(string(object, "element"), string(object, "href")));
        }
        return broken;
    }

    /** Every element with text of its own, and the fonts the browser drew that text with. */
    private List<ElementText> texts(Tab tab) throws IOException {
        JsonObject document = call(tab, "DOM.getDocument", params("depth", -1, "pierce", true))
                .getAsJsonObject("root");
        List<ElementText> texts = new ArrayList<>();
        walk(tab, document, "", texts);
        return texts;
    }

    private void walk(Tab tab, JsonObject node, String path, List<ElementText> texts) throws IOException {
        List<JsonObject> children = children(node, "children");
        StringBuilder own = new StringBuilder();
        for (JsonObject child : children) {
            if (child.get("nodeType").getAsInt() == 3) {
                own.append(string(child, "nodeValue"));
            }
        }
        String name = string(node, "localName");
        String text = own.toString().strip().replaceAll("\\s+", " ");
        if (node.get("nodeType").getAsInt() == 1 && !text.isEmpty() && !NOT_DRAWN.contains(name)) {
            List<PlatformFont> fonts = fonts(tab, node.get("nodeId").getAsInt());
            if (!fonts.isEmpty()) {
                texts.add(new ElementText(path, text, fonts, List.of()));
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonObject child : children) {
            if (child.get("nodeType").getAsInt() == 1) {
                counts.merge(string(child, "localName"), 1, Integer::sum);
            }
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (JsonObject child : children) {
            if (child.get("nodeType").getAsInt() == 1) {
                String tag = string(child, "localName");
                int index = seen.merge(tag, 1, Integer::sum);
                String step = counts.get(tag) > 1 ? tag + ":nth-of-type(" + index + ")" : tag;
                walk(tab, child, path.isEmpty() ? step : path + " > " + step, texts);
            }
        }
        for (JsonObject root : children(node, "shadowRoots")) {
            walk(tab, root, path + " > #shadow-root", texts);
        }
        if (node.has("contentDocument")) {
            walk(tab, node.getAsJsonObject("contentDocument"), path + " > #document", texts);
        }
    }

    private static List<JsonObject> children(JsonObject node, String name) {
        List<JsonObject> children = new ArrayList<>();
        if (node.has(name)) {
            for (JsonElement child : node.getAsJsonArray(name)) {
                children.add(child.getAsJsonObject());
            }
        }
        return children;
    }

    private List<PlatformFont> fonts(Tab tab, int nodeId) throws IOException {
        List<PlatformFont> fonts = new ArrayList<>();
        for (JsonElement font : call(tab, "CSS.getPlatformFontsForNode", params("nodeId", nodeId))
                .getAsJsonArray("fonts")) {
            JsonObject object = font.getAsJsonObject();
            fonts.add(new PlatformFont(string(object, "familyName"), string(object, "postScriptName"),
                    object.has("isCustomFont") && object.get("isCustomFont").getAsBoolean(),
                    object.get("glyphCount").getAsInt()));
        }
        return fonts;
    }

    /**
     * The fonts of each distinct character beyond ASCII, per element: the page loaded again in a tab of its own,
     * where every such character is wrapped in an element (a {@code tspan} in SVG) whose fonts the browser tells,
     * and drawn on a canvas in its element's font to tell whether it is the box of a missing character.
     */
    private Map<String, List<CharacterFonts>> characterFonts(String url) throws IOException {
        String wrap = """
                (() => {
                  const notDrawn = new Set(['script', 'style', 'noscript', 'template', 'title', 'head', 'textarea']);
                  const svg = 'http://www.w3.org/2000/svg';
                  const path = element => {
                    const steps = [];
                    for (let e = element; e; e = e.parentElement) {
                      const same = e.parentElement
                          ? Array.from(e.parentElement.children).filter(c => c.localName === e.localName) : [e];
                      steps.unshift(same.length > 1 ? e.localName + ':nth-of-type(' + (same.indexOf(e) + 1) + ')'
                          : e.localName);
                    }
                    return steps.join(' > ');
                  };
                  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
                  const nodes = [];
                  while (walker.nextNode()) nodes.push(walker.currentNode);
                  // a character that no font has is drawn as its font's .notdef glyph, the same as a code point
                  // that no font has; the fonts the browser reports for it are no tell, as it names that font
                  const canvas = document.createElement('canvas');
                  canvas.width = 96;
                  canvas.height = 96;
                  const context = canvas.getContext('2d', {willReadFrequently: true});
                  const pixels = (font, text) => {
                    context.clearRect(0, 0, 96, 96);
                    context.font = font;
                    context.fillText(text, 8, 64);
                    return context.getImageData(0, 0, 96, 96).data;
                  };
                  const notdefs = new Map();
                  const missing = (element, character) => {
                    const style = getComputedStyle(element);
                    const font = style.fontStyle + ' ' + style.fontWeight + ' 48px ' + style.fontFamily;
                    if (!notdefs.has(font)) notdefs.set(font, pixels(font, '\\u{10FFFD}'));
                    const notdef = notdefs.get(font);
                    const drawn = pixels(font, character);
                    return drawn.every((value, i) => value === notdef[i]);
                  };
                  const seen = new Set();
                  let wrapped = 0;
                  for (const node of nodes) {
                    const parent = node.parentElement;
                    if (!parent || notDrawn.has(parent.localName) || !/[^\\x00-\\x7f]/.test(node.data)) continue;
                    const where = path(parent);
                    const parts = document.createDocumentFragment();
                    let plain = '';
                    for (const character of node.data) {
                      const key = where + '\\u0000' + character;
                      if (character.codePointAt(0) < 0x80 || /\\s/.test(character) || seen.has(key)) {
                        plain += character;
                        continue;
                      }
                      seen.add(key);
                      if (plain) parts.append(plain);
                      plain = '';
                      const probe = parent.namespaceURI === svg
                          ? document.createElementNS(svg, 'tspan') : document.createElement('span');
                      probe.setAttribute('data-dyad-character', character);
                      probe.setAttribute('data-dyad-element', where);
                      probe.setAttribute('data-dyad-missing', missing(parent, character));
                      probe.textContent = character;
                      parts.append(probe);
                      wrapped++;
                    }
                    if (plain) parts.append(plain);
                    node.replaceWith(parts);
                  }
                  return wrapped;
                })()""";
        if (probe == null) {
            probe = newTab();
        }
        call(probe, "Page.bringToFront");
        navigate(probe, url);
        Map<String, List<CharacterFonts>> characters = new LinkedHashMap<>();
        if (evaluate(probe, wrap).getAsInt() > 0) {
            int document = call(probe, "DOM.getDocument", params("depth", 0)).getAsJsonObject("root").get("nodeId")
                    .getAsInt();
            JsonArray nodes = call(probe, "DOM.querySelectorAll", params("nodeId", document, "selector",
                    "[data-dyad-character]")).getAsJsonArray("nodeIds");
            for (JsonElement node : nodes) {
                int nodeId = node.getAsInt();
                JsonArray attributes = call(probe, "DOM.getAttributes", params("nodeId", nodeId))
                        .getAsJsonArray("attributes");
                Map<String, String> named = new LinkedHashMap<>();
                for (int i = 0; i + 1 < attributes.size(); i += 2) {
                    named.put(attributes.get(i).getAsString(), attributes.get(i + 1).getAsString());
                }
                List<PlatformFont> fonts = fonts(probe, nodeId);
                if (!fonts.isEmpty()) {
                    characters.computeIfAbsent(named.get("data-dyad-element"), element -> new ArrayList<>())
                            .add(new CharacterFonts(named.get("data-dyad-character"), fonts,
                                    "true".equals(named.get("data-dyad-missing"))));
                }
            }
        }
        return characters;
    }

    private Tab page() {
        if (page == null) {
            throw new IllegalStateException("open a page first");
        }
        return page;
    }

    /** A PNG of the whole page last opened, beyond the window if it is longer. */
    public void screenshotPng(Path out) throws IOException {
        Tab tab = page();
        JsonObject metrics = call(tab, "Page.getLayoutMetrics");
        JsonObject size = metrics.has("cssContentSize") ? metrics.getAsJsonObject("cssContentSize")
                : metrics.getAsJsonObject("contentSize");
        double width = Math.max(1, Math.ceil(size.get("width").getAsDouble()));
        double height = Math.max(1, Math.ceil(size.get("height").getAsDouble()));
        JsonObject clip = params("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        JsonObject shot = call(tab, "Page.captureScreenshot", params("format", "png", "captureBeyondViewport", true,
                "clip", clip));
        Files.write(out, Base64.getDecoder().decode(shot.get("data").getAsString()));
    }

    /** The page last opened printed to PDF, with its backgrounds, on the paper unless its CSS names a size. */
    public void printPdf(Path out, PaperSize paper) throws IOException {
        JsonObject pdf = call(page(), "Page.printToPDF", params("paperWidth", paper.widthInches(), "paperHeight",
                paper.heightInches(), "printBackground", true, "preferCSSPageSize", true));
        Files.write(out, Base64.getDecoder().decode(pdf.get("data").getAsString()));
    }

    /** The browser's process. */
    ProcessHandle process() {
        return process.toHandle();
    }

    /** The folder of the browser's profile, deleted on closing. */
    Path profile() {
        return profile;
    }

    /** Kills the browser and everything it started, and deletes its profile. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (socket != null) {
            socket.abort();
        }
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook runs anyway
        }
    }

    private void kill() {
        synchronized (processes) {
            processes.add(process.toHandle());
            process.descendants().forEach(processes::add);
            processes.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle handle : processes) {
                try {
                    handle.onExit().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    // gone, or will be: nothing more to do about it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        delete(profile);
    }

    private static void delete(Path folder) {
        for (int attempt = 0; attempt < 3 && Files.exists(folder); attempt++) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // a file appeared or went while deleting: try again
            }
        }
    }
}
