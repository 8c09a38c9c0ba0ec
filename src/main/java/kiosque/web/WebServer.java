package kiosque.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.Closeable;
import kiosque.search.Archive;
import kiosque.search.BadQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kiosque's HTTP face: the search and article pages, the JSON API under /api and the static assets under /static.
 * Every route only reads the archive. Errors a user can cause answer 400 or 404 with a message; anything else is a
 * bug, answered 500 without internals and logged here.
 */
public final class WebServer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Set by a handler that already wrote its own 404 body, so the generic one does not replace it. */
    private static final String ANSWERED = "kiosque.answered";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Serves on the loopback interface; port 0 picks a free port (see {@link #port()}). */
    public static WebServer start(Archive archive, int port) {
        return start(archive, "127.0.0.1", port);
    }

    public static WebServer start(Archive archive, String host, int port) {
        skipJettyMemoryProbe();
        Templates templates = new Templates();
        ApiHandlers api = new ApiHandlers(archive);
        PageHandlers pages = new PageHandlers(archive, templates);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "public, max-age=3600");
            });
            config.routes.before(SecurityHeaders::apply);
            config.routes.get("/", pages::search);
            // <id> takes the rest of the path: ids may hold slashes, which a link keeps as they are (see SearchUrls).
            config.routes.get("/articles/<id>", ctx -> answered(ctx, pages::article));
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/articles/<id>", ctx -> answered(ctx, api::article));
            config.routes.exception(BadQueryException.class, (e, ctx) -> badRequest(ctx, pages, e));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("bug answering {} {}", ctx.method(), ctx.path(), e);
                if (isApi(ctx)) Json.send(ctx, 500, new ErrorResponse("internal error", "the server failed to answer this request; it has been logged"));
                else pages.failure(ctx, 500, "Erreur du serveur", "Kiosque n’a pas pu répondre. L’erreur a été consignée.");
            });
            config.routes.error(404, ctx -> {
                if (Boolean.TRUE.equals(ctx.attribute(ANSWERED))) return;
                if (isApi(ctx)) Json.send(ctx, 404, new ErrorResponse("not found", "no such endpoint: " + BadQueryException.abbreviate(ctx.path())));
                else pages.notFound(ctx, "Cette adresse ne mène à aucune page de Kiosque.");
            });
            config.routes.error(405, ctx -> Json.send(ctx, 405, new ErrorResponse("method not allowed",
                    "Kiosque only reads its archive: " + ctx.method() + " is not served here, only GET")));
        });
        app.start(host, port);
        return new WebServer(app);
    }

    /**
     * Jetty pads its concurrent queues to whole cache lines and, unless told how many references fill one, asks the
     * JVM through JMX whether references are compressed: starting the platform MBean server for it was the largest
     * single cost of Javalin's start. The JVM compresses references below a 32 GB heap, its default: 16 per 64-byte
     * line, else 8. A wrong guess would only change the padding; a value set by the user stays.
     */
    private static void skipJettyMemoryProbe() {
        String property = "org.eclipse.jetty.util.referencesPerCacheLine";
        if (System.getProperty(property) == null) {
            boolean compressed = Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024;
            System.setProperty(property, compressed ? "16" : "8");
        }
    }

    /** The port actually bound (useful after asking for port 0). */
    public int port() {
        return app.port();
    }

    @Override public void close() {
        app.stop();
    }

    private static void answered(Context ctx, io.javalin.http.Handler handler) throws Exception {
        handler.handle(ctx);
        if (ctx.statusCode() == 404) ctx.attribute(ANSWERED, true);
    }

    private static void badRequest(Context ctx, PageHandlers pages, BadQueryException e) {
        if (isApi(ctx)) Json.send(ctx, 400, new ErrorResponse(e.error(), e.detail()));
        else pages.failure(ctx, 400, PageHandlers.frenchTitle(e.error()), e.detail());
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
