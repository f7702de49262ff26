package org.articlesummarizer.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;
import com.eclipsesource.json.WriterConfig;

import org.articlesummarizer.aws.FunctionConfig;
import org.articlesummarizer.aws.ObjectStore;

/**
 * {@code invoke EVENT.json}: what {@code sam local invoke} does, without Docker. The handler is
 * picked by the event's shape (or named as in template.yaml) and loaded by name, so any handler
 * of the jar can be run; the event is bound to the handler's parameter type; the answer is
 * printed as JSON.
 */
final class InvokeCommand implements Command {

    private final Map<String, String> environment;

    InvokeCommand() {
        this(System.getenv());
    }

    /** With the environment the function's configuration is read from. */
    InvokeCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() { return "invoke"; }

    @Override
    public String summary() { return "run a handler on an event file, like `sam local invoke` without Docker"; }

    @Override
    public String help() {
        return String.join("\n",
                "usage: invoke EVENT.json [--bucket-dir DIR | --s3-endpoint URL] [--handler Class::method]",
                "",
                "  EVENT.json     an event as the service sends it, e.g. events/s3-put.json",
                "  --bucket-dir   the event's bucket is the local folder DIR (objects are DIR/<key>)",
                "  --s3-endpoint  the event's bucket is on this S3-compatible server (MinIO, LocalStack,",
                "                 S3Proxy), reached path-style; credentials and region come from the usual",
                "                 AWS chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, AWS_REGION)",
                "  --handler      the handler as written in template.yaml; by default it follows the event:",
                "                 S3 notification -> " + EventShape.S3.defaultHandler(),
                "                 HTTP API (2.0)  -> " + EventShape.HTTP_API.defaultHandler(),
                "",
                "Without --bucket-dir or --s3-endpoint the handler starts as in Lambda: configured by the",
                "environment (S3_ENDPOINT_URL included), against real S3. The response is printed as JSON; a",
                "handler error is printed as Lambda reports it ({\"errorType\", \"errorMessage\"}) with exit code 1.");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        options.allow("bucket-dir", "s3-endpoint", "handler");
        if (options.positionals().size() != 1) throw new UsageException("one EVENT.json");
        String bucketDir = options.get("bucket-dir");
        String endpoint = options.get("s3-endpoint");
        if (bucketDir != null && endpoint != null) throw new UsageException("--bucket-dir or --s3-endpoint, not both");

        String eventText;
        JsonValue event;
        Path eventFile = Path.of(options.positionals().get(0));
        try {
            eventText = Files.readString(eventFile, StandardCharsets.UTF_8);
            event = Json.parse(eventText);
        } catch (IOException e) {
            err.println("cannot read " + eventFile + ": " + e.getMessage());
            return Cli.FAILED;
        } catch (ParseException e) {
            throw new UsageException(eventFile + " is not JSON: " + e.getMessage());
        }
        EventShape shape = EventShape.of(event);
        String handler = options.get("handler", shape == null ? null : shape.defaultHandler());
        if (handler == null) {
            throw new UsageException(eventFile + " is neither an S3 notification nor an HTTP API request; name --handler");
        }

        Map<String, String> env = new HashMap<>(environment);
        ObjectStore store = null;
        if (bucketDir != null) {
            Path dir = Path.of(bucketDir);
            if (!Files.isDirectory(dir)) throw new UsageException("no such folder: " + dir);
            store = new FolderObjectStore(dir);
        } else if (endpoint != null) {
            // the handler builds its S3 client from the configuration, as in Lambda (store stays null)
            env.put("S3_ENDPOINT_URL", endpoint);
        }

        String[] parts = handler.split("::", 2);
        String methodName = parts.length > 1 ? parts[1] : "handleRequest";
        Object instance;
        Method method;
        try {
            Class<?> type = Class.forName(parts[0]);
            method = handlerMethod(type, methodName);
            instance = instantiate(type, env, store, bucketDir != null || endpoint != null);
        } catch (ClassNotFoundException e) {
            err.println("no handler class " + parts[0] + " in this jar");
            return Cli.FAILED;
        } catch (InvocationTargetException e) {
            return failed("the handler failed to start", e.getCause(), out, err);
        } catch (ReflectiveOperationException e) {
            err.println("cannot start " + parts[0] + ": " + e);
            return Cli.FAILED;
        }

        Context context = new LocalContext(parts[0].substring(parts[0].lastIndexOf('.') + 1), 60, err);
        try {
            Object response = call(method, instance, event, eventText, context);
            out.println(response instanceof byte[] raw ? new String(raw, StandardCharsets.UTF_8)
                    : LambdaJson.write(response).toString(WriterConfig.PRETTY_PRINT));
            return Cli.OK;
        } catch (InvocationTargetException e) {
            return failed("the handler failed", e.getCause(), out, err);
        } catch (RuntimeException e) {
            // the handler's own exceptions arrive wrapped (above): this is the binding of the event
            err.println("the event does not fit " + handler + ": " + e);
            return Cli.FAILED;
        } catch (ReflectiveOperationException e) {
            err.println("cannot call " + handler + ": " + e);
            return Cli.FAILED;
        }
    }

    /** Binds the event to the handler's parameters: (event[, Context]) or (InputStream, OutputStream, Context). */
    private static Object call(Method method, Object instance, JsonValue event, String eventText, Context context)
            throws ReflectiveOperationException {
        Class<?>[] types = method.getParameterTypes();
        if (types.length == 3 && types[0] == InputStream.class && types[1] == OutputStream.class) {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            method.invoke(instance, new ByteArrayInputStream(eventText.getBytes(StandardCharsets.UTF_8)), output, context);
            return output.toByteArray();
        }
        Object argument = LambdaJson.read(event, method.getGenericParameterTypes()[0]);
        return types.length == 1 ? method.invoke(instance, argument) : method.invoke(instance, argument, context);
    }

    private static Method handlerMethod(Class<?> type, String name) throws NoSuchMethodException {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(name) || m.isBridge()) continue;
            int n = m.getParameterCount();
            boolean contextLast = n >= 2 && m.getParameterTypes()[n - 1] == Context.class;
            if (n == 1 || (n == 2 && contextLast) || (n == 3 && contextLast)) found = m;
        }
        if (found == null) throw new NoSuchMethodException(type.getName() + "::" + name + " taking an event");
        return found;
    }

    /**
     * With a local bucket or endpoint, the handler is built through its (FunctionConfig, ObjectStore)
     * constructor: around the folder store, or (store null) around S3 at the configured
     * S3_ENDPOINT_URL; otherwise as Lambda builds it, with no arguments.
     */
    private static Object instantiate(Class<?> type, Map<String, String> env, ObjectStore store, boolean local)
            throws ReflectiveOperationException {
        if (local) {
            FunctionConfig config;
            try {
                config = FunctionConfig.from(env);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            for (Constructor<?> c : type.getConstructors()) {
                Class<?>[] p = c.getParameterTypes();
                if (p.length == 2 && p[0] == FunctionConfig.class && p[1] == ObjectStore.class) return c.newInstance(config, store);
            }
            for (Constructor<?> c : type.getConstructors()) {
                Class<?>[] p = c.getParameterTypes();
                if (p.length == 1 && p[0] == FunctionConfig.class) return c.newInstance(config);
            }
            throw new UsageException(type.getSimpleName() + " takes no object store: drop --bucket-dir/--s3-endpoint");
        }
        return type.getConstructor().newInstance();
    }

    private static int failed(String what, Throwable error, PrintStream out, PrintStream err) {
        err.println(what + ":");
        error.printStackTrace(err);
        out.println(Json.object()
                .add("errorType", error.getClass().getName())
                .add("errorMessage", String.valueOf(error.getMessage()))
                .toString(WriterConfig.PRETTY_PRINT));
        return Cli.FAILED;
    }
}
