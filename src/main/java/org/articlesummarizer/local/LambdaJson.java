package org.articlesummarizer.local;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;

/**
 * Lambda's JSON mapping of event and response classes, for running a handler locally without the
 * runtime's serialiser: an event member {@code name} is set through {@code setName} (or the field
 * {@code name}); a response is written from its getters, without null members. Members the class
 * does not have are ignored, as the runtime ignores them. S3 events, whose classes have no
 * setters, are built as S3 sends them.
 */
final class LambdaJson {

    private LambdaJson() {
    }

    /** The event JSON as an instance of the handler's parameter type. */
    static Object read(JsonValue json, Type type) {
        Class<?> raw = rawClass(type);
        if (json == null || json.isNull()) return raw.isPrimitive() ? read(Json.value(0), type) : null;
        if (raw == String.class) return json.isString() ? json.asString() : json.toString();
        if (raw == boolean.class || raw == Boolean.class) return json.isBoolean() ? json.asBoolean() : Boolean.parseBoolean(text(json));
        if (raw == int.class || raw == Integer.class) return json.isNumber() ? json.asInt() : Integer.parseInt(text(json));
        if (raw == long.class || raw == Long.class) return json.isNumber() ? json.asLong() : Long.parseLong(text(json));
        if (raw == double.class || raw == Double.class) return json.isNumber() ? json.asDouble() : Double.parseDouble(text(json));
        if (raw == float.class || raw == Float.class) return json.isNumber() ? json.asFloat() : Float.parseFloat(text(json));
        if (raw.isEnum()) return enumValue(raw, text(json));
        if (raw == Object.class) return natural(json);
        if (Map.class.isAssignableFrom(raw)) {
            Type valueType = typeArgument(type, 1);
            Map<String, Object> map = new LinkedHashMap<>();
            for (JsonObject.Member m : json.asObject()) map.put(m.getName(), read(m.getValue(), valueType));
            return map;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type elementType = typeArgument(type, 0);
            List<Object> list = new ArrayList<>();
            for (JsonValue v : json.asArray()) list.add(read(v, elementType));
            return list;
        }
        if (S3Event.class.isAssignableFrom(raw)) return S3Events.fromJson(json.asObject());
        return bean(json.asObject(), raw);
    }

    /** A handler's answer as JSON. */
    static JsonValue write(Object value) {
        if (value == null) return Json.NULL;
        if (value instanceof JsonValue v) return v;
        if (value instanceof String s) return Json.value(s);
        if (value instanceof Boolean b) return Json.value(b);
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Json.value(((Number) value).longValue());
        }
        if (value instanceof Number n) return Json.value(n.doubleValue());
        if (value instanceof Character || value instanceof Enum<?> || value instanceof java.time.temporal.Temporal) {
            return Json.value(value.toString());
        }
        if (value instanceof byte[] bytes) return Json.value(Base64.getEncoder().encodeToString(bytes));
        if (value instanceof Map<?, ?> map) {
            JsonObject o = new JsonObject();
            map.forEach((k, v) -> o.add(String.valueOf(k), write(v)));
            return o;
        }
        if (value instanceof Iterable<?> items) {
            JsonArray a = new JsonArray();
            for (Object item : items) a.add(write(item));
            return a;
        }
        if (value.getClass().isArray()) {
            JsonArray a = new JsonArray();
            for (int i = 0; i < Array.getLength(value); i++) a.add(write(Array.get(value, i)));
            return a;
        }
        if (value.getClass().getPackageName().startsWith("org.joda.time")) return Json.value(value.toString());
        return properties(value);
    }

    private static JsonObject properties(Object bean) {
        JsonObject o = new JsonObject();
        try {
            if (bean.getClass().isRecord()) {
                for (RecordComponent c : bean.getClass().getRecordComponents()) {
                    Object v = c.getAccessor().invoke(bean);
                    if (v != null) o.add(c.getName(), write(v));
                }
                return o;
            }
            List<Method> getters = new ArrayList<>();
            for (Method m : bean.getClass().getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && property(m) != null
                        && m.getDeclaringClass() != Object.class) {
                    getters.add(m);
                }
            }
            getters.sort(Comparator.comparing(LambdaJson::property));
            for (Method m : getters) {
                Object v = m.invoke(bean);
                if (v != null) o.add(property(m), write(v));
            }
            return o;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot write " + bean.getClass().getName() + " as JSON", e);
        }
    }

    /** {@code getStatusCode} -> statusCode, {@code getIsBase64Encoded} -> isBase64Encoded, {@code isOk} -> ok. */
    private static String property(Method m) {
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3) return decapitalize(n.substring(3));
        if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
            return decapitalize(n.substring(2));
        }
        return null;
    }

    private static Object bean(JsonObject json, Class<?> type) {
        Object bean;
        try {
            bean = type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot build a " + type.getName() + " from JSON: it has no public no-argument constructor", e);
        }
        for (JsonObject.Member m : json) {
            try {
                Method setter = setter(type, "set" + capitalize(m.getName()));
                if (setter != null) {
                    setter.invoke(bean, read(m.getValue(), setter.getGenericParameterTypes()[0]));
                    continue;
                }
                Field field = field(type, m.getName());
                if (field != null) {
                    field.setAccessible(true);
                    field.set(bean, read(m.getValue(), field.getGenericType()));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("the event's \"" + m.getName() + "\" does not fit "
                        + type.getSimpleName() + ": " + e, e);
            }
        }
        return bean;
    }

    private static Method setter(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) return m;
        }
        return null;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (f.getName().equals(name) && !Modifier.isStatic(mod) && !Modifier.isFinal(mod)) return f;
            }
        }
        return null;
    }

    private static Object natural(JsonValue json) {
        if (json.isString()) return json.asString();
        if (json.isBoolean()) return json.asBoolean();
        if (json.isNumber()) {
            double d = json.asDouble();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        }
        if (json.isArray()) return read(json, List.class);
        if (json.isObject()) return read(json, Map.class);
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static String text(JsonValue json) {
        return json.isString() ? json.asString() : json.toString();
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
