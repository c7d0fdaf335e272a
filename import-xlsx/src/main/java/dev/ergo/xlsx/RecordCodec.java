package dev.ergo.xlsx;

import dev.ergo.model.SourceRow;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes the imported records (employees and sections) compactly and builds them again with their
 * canonical constructor: a record type id, then each component tagged by its value type. Only the value
 * types the row mapper produces are supported; anything else is a bug. Repeated short texts are kept once
 * in a table of the codec ({@link TextTable}: bounded) and written as their index, so a repeated
 * department is read back as one instance. Not thread-safe while writing; reading only reads the type, sheet and
 * text tables.
 */
final class RecordCodec {
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte DOUBLE = 2;
    private static final byte INTEGER = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final byte ENUM = 6;
    private static final byte DATE = 7;
    private static final byte LOCALE = 8;
    private static final byte SOURCE_ROW = 9;
    /** A short text kept once in the codec's text table (see {@link SharedValues}), by its index. */
    private static final byte TEXT_REF = 10;

    /** How to take a record type apart and build it again. */
    private static final class Shape {
        final int id;
        final Method[] accessors;
        final Class<?>[] types;
        final Constructor<?> constructor;

        Shape(int id, Class<?> type) {
            this.id = id;
            RecordComponent[] components = type.getRecordComponents();
            accessors = new Method[components.length];
            types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].trySetAccessible(); // public records: skips the access check on every call
                types[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.trySetAccessible();
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor on " + type.getName(), e);
            }
        }
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final Map<Class<?>, Shape> byType = new HashMap<>();
    private final List<String> sheets = new ArrayList<>();
    private final Map<String, Integer> sheetIds = new HashMap<>();
    /** Repeated short texts written once: read back as one instance (departments, task names). */
    private final TextTable texts = new TextTable();
    private byte[] buffer = new byte[512];
    private int length;

    /**
     * Encodes a record into this codec's buffer.
     *
     * @return the number of bytes, valid in {@link #bytes()} until the next call
     */
    int encode(Record record) {
        length = 0;
        Shape shape = byType.computeIfAbsent(record.getClass(), t -> {
            Shape s = new Shape(shapes.size(), t);
            shapes.add(s);
            return s;
        });
        putShort(shape.id);
        for (Method accessor : shape.accessors) {
            Object v;
            try {
                v = accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            }
            putValue(v);
        }
        return length;
    }

    /** Called when the last record is written: drops what only writing needs (reading still works). */
    void finishWriting() {
        texts.stopAdmitting();
    }

    /** @return the buffer holding the last encoded record from index 0 */
    byte[] bytes() {
        return buffer;
    }

    private void putValue(@Nullable Object v) {
        if (v == null) {
            put(NULL);
        } else if (v instanceof String s) {
            int id = texts.id(s);
            if (id >= 0) {
                put(TEXT_REF);
                putShort(id);
            } else {
                put(STRING);
                putString(s);
            }
        } else if (v instanceof Double d) {
            put(DOUBLE);
            putLong(Double.doubleToRawLongBits(d));
        } else if (v instanceof Integer n) {
            put(INTEGER);
            putInt(n);
        } else if (v instanceof Boolean b) {
            put(b ? TRUE : FALSE);
        } else if (v instanceof Enum<?> e) {
            put(ENUM);
            putShort(e.ordinal());
        } else if (v instanceof LocalDate d) {
            put(DATE);
            putLong(d.toEpochDay());
        } else if (v instanceof Locale l) {
            put(LOCALE);
            putString(l.toLanguageTag());
        } else if (v instanceof SourceRow r) {
            put(SOURCE_ROW);
            Integer sheet = sheetIds.get(r.sheet());
            if (sheet == null) {
                sheet = sheets.size();
                sheets.add(r.sheet());
                sheetIds.put(r.sheet(), sheet);
            }
            putShort(sheet);
            putInt(r.rowNumber());
        } else {
            throw new IllegalStateException("an imported record holds a " + v.getClass().getName()
                    + ", which the import spool cannot store");
        }
    }

    /**
     * Builds a record from bytes written by {@link #encode}.
     *
     * @param in positioned at the record; left after it
     */
    Object decode(ByteBuffer in) {
        Shape shape = shapes.get(Short.toUnsignedInt(in.getShort()));
        Object[] args = new Object[shape.types.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = value(in, shape.types[i]);
        }
        try {
            return shape.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot rebuild " + shape.constructor.getDeclaringClass().getSimpleName(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + shape.constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    private @Nullable Object value(ByteBuffer in, Class<?> type) {
        byte tag = in.get();
        return switch (tag) {
            case NULL -> null;
            case STRING -> string(in);
            case DOUBLE -> SharedValues.number(Double.longBitsToDouble(in.getLong()));
            case TEXT_REF -> {
                try {
                    yield texts.text(Short.toUnsignedInt(in.getShort()));
                } catch (IndexOutOfBoundsException e) {
                    throw new IllegalStateException("the import spool is damaged: an unknown text", e);
                }
            }
            case INTEGER -> in.getInt();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case ENUM -> type.getEnumConstants()[Short.toUnsignedInt(in.getShort())];
            case DATE -> LocalDate.ofEpochDay(in.getLong());
            case LOCALE -> Locale.forLanguageTag(string(in));
            case SOURCE_ROW -> {
                String sheet = sheets.get(Short.toUnsignedInt(in.getShort()));
                yield SourceRow.of(sheet, in.getInt());
            }
            default -> throw new IllegalStateException("the import spool is damaged: unknown tag " + tag);
        };
    }

    private static String string(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalStateException("the import spool is damaged: a text runs past its record");
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    private void putString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        putInt(b.length);
        room(b.length);
        System.arraycopy(b, 0, buffer, length, b.length);
        length += b.length;
    }

    private void put(byte b) {
        room(1);
        buffer[length++] = b;
    }

    private void putShort(int v) {
        if (v > 0xFFFF) {
            throw new IllegalStateException("too many record types or sheets for the import spool: " + v);
        }
        room(2);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void putInt(int v) {
        room(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (v >>> shift);
        }
    }

    private void putLong(long v) {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (v >>> shift);
        }
    }

    private void room(int n) {
        if (length + n > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + n));
        }
    }
}
