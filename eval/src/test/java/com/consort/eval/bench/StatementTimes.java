package com.consort.eval.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Where a bench's database time goes: a data source whose statements time their executions, summed per SQL text while
 * recording is on. Execution only (a result read lazily afterwards is not in it); for profiling, not for the figures.
 */
final class StatementTimes {

    private record Totals(LongAdder nanos, LongAdder calls) {
    }

    private final Map<String, Totals> bySql = new ConcurrentHashMap<>();
    private volatile boolean recording;

    DataSource wrap(DataSource real) {
        return proxy(DataSource.class, real, (target, method, args) -> {
            Object result = invoke(method, target, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    void recording(boolean on) {
        recording = on;
    }

    void reset() {
        bySql.clear();
    }

    /** The statements by total time, per answer. */
    String report(int answers) {
        StringBuilder table = new StringBuilder("| statement | calls per answer | ms per answer |\n| --- | ---: | ---: |\n");
        bySql.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, Totals> e) -> -e.getValue().nanos().sum()))
                .limit(12).forEach(e -> table.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.2f |%n",
                        abbreviated(e.getKey()), e.getValue().calls().sum() / (double) answers,
                        e.getValue().nanos().sum() / 1e6 / answers)));
        return table.toString();
    }

    private Connection connection(Connection real) {
        return proxy(Connection.class, real, (target, method, args) -> {
            Object result = invoke(method, target, args);
            if (result instanceof PreparedStatement p && args != null && args[0] instanceof String sql) {
                return statement(PreparedStatement.class, p, sql);
            }
            if (result instanceof Statement s && !(result instanceof PreparedStatement)) {
                return statement(Statement.class, s, null);
            }
            return result;
        });
    }

    private <T extends Statement> T statement(Class<T> type, T real, String prepared) {
        return proxy(type, real, (target, method, args) -> {
            if (!recording || !method.getName().startsWith("execute")) {
                return invoke(method, target, args);
            }
            String sql = prepared != null ? prepared : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
            long start = System.nanoTime();
            try {
                return invoke(method, target, args);
            } finally {
                Totals totals = bySql.computeIfAbsent(sql, k -> new Totals(new LongAdder(), new LongAdder()));
                totals.nanos().add(System.nanoTime() - start);
                totals.calls().increment();
            }
        });
    }

    private static String abbreviated(String sql) {
        String one = sql.replaceAll("\\s+", " ").replaceAll("(\\?, ){3,}\\?", "?, …").replace("|", "\\|");
        return one.length() > 240 ? one.substring(0, 240) + " …" : one;
    }

    private interface Call {
        Object call(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T real, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.call(real, method, args);
        return (T) Proxy.newProxyInstance(StatementTimes.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
