package dev.interviewcopilot.server;

import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records the routes a routing function registers, as {@code "GET /v1/questions/{id}"}, by handing it a routing
 * builder that only remembers: the route table as the code declares it, for comparison with the OpenAPI document.
 */
final class RouteRecorder {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

    private final Set<String> routes = new TreeSet<>();

    /** Runs the routing function against a recording builder and returns the routes it declared. */
    static Set<String> record(java.util.function.Consumer<HttpRouting.Builder> routing) {
        RouteRecorder recorder = new RouteRecorder();
        routing.accept((HttpRouting.Builder) recorder.rules("", HttpRouting.Builder.class));
        return recorder.routes;
    }

    private Object rules(String prefix, Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("register") && args.length == 2 && args[0] instanceof String path) {
                for (HttpService service : (HttpService[]) args[1]) {
                    service.routing((HttpRules) rules(join(prefix, path), HttpRules.class));
                }
            } else if (METHODS.contains(name) && args != null && args.length == 2 && args[0] instanceof String path) {
                routes.add(name.toUpperCase(Locale.ROOT) + " " + join(prefix, path));
            } else if (METHODS.contains(name) || name.equals("any") || name.equals("route")) {
                throw new UnsupportedOperationException("RouteRecorder cannot record " + method);
            }
            return method.getReturnType().isInstance(proxy) ? proxy : null;
        });
    }

    private static String join(String prefix, String path) {
        String joined = (prefix + (path.equals("/") ? "" : path)).replaceAll("/+", "/");
        return joined.isEmpty() ? "/" : joined;
    }
}
