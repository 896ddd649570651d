package io.kilowatch.runtime;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.reflect.TypeToken;
import io.kilowatch.core.dashboard.SnapshotCodec;
import io.kilowatch.core.dashboard.SnapshotCodecs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * View snapshots as JSON (Jackson: records, {@code java.time} values, {@code Optional}s), for the
 * snapshot store. Each encoded value is wrapped with the {@linkplain #FORMAT format} and the
 * value's Java type:
 *
 * <pre>{"format":1,"type":"java.util.List&lt;io.kilowatch.core.energy.Decision&gt;","value":[...]}
 * </pre>
 *
 * <p>Decoding is strict, so a snapshot written by another version of Kilowatch fails to decode (and
 * its view starts cold, see {@link io.kilowatch.core.dashboard.Dashboard}) instead of decoding into
 * wrong values: another format or type, an unknown property, a missing one, or a value the record
 * refuses. Bump {@link #FORMAT} when the encoding changes in a way those checks would not notice.
 * Values of a sealed type of ours (e.g. {@code Decision}) carry their record's simple name in
 * {@code @type}. Thread-safe.
 */
public final class JacksonSnapshotCodecs implements SnapshotCodecs {

  /** The layout of what {@link #codecFor} codecs write; a stored snapshot of another is skipped. */
  public static final int FORMAT = 1;

  private final ObjectMapper mapper = mapper();

  @Override
  public synchronized <T> Optional<SnapshotCodec<T>> codecFor(TypeToken<T> type) {
    requireNonNull(type, "'type' must not be null");
    for (Class<?> subtype : SealedTypes.permittedBelow(type.getType())) {
      mapper.registerSubtypes(new NamedType(subtype, subtype.getSimpleName()));
    }
    JavaType javaType = mapper.constructType(type.getType());
    return Optional.of(
        new JsonCodec<>(
            type.toString(), mapper, mapper.writerFor(javaType), mapper.readerFor(javaType)));
  }

  private static ObjectMapper mapper() {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.setDefaultTyping(
        new SealedTyping()
            .init(JsonTypeInfo.Id.NAME, null)
            .inclusion(JsonTypeInfo.As.PROPERTY)
            .typeProperty("@type"));
    return mapper;
  }

  /** Type ids for the sealed interfaces and abstract classes of ours, and nothing else. */
  private static final class SealedTyping extends ObjectMapper.DefaultTypeResolverBuilder {

    private static final long serialVersionUID = 1L;

    SealedTyping() {
      super(
          ObjectMapper.DefaultTyping.NON_FINAL,
          BasicPolymorphicTypeValidator.builder().allowIfSubType("io.kilowatch.").build());
    }

    @Override
    public boolean useForType(JavaType type) {
      Class<?> raw = type.getRawClass();
      return raw.isSealed()
          && (raw.isInterface() || Modifier.isAbstract(raw.getModifiers()))
          && SealedTypes.isOurs(raw);
    }
  }

  /** The codec of one type: the envelope around Jackson's encoding of the value. */
  private static final class JsonCodec<T> implements SnapshotCodec<T> {

    private final String typeName;
    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    JsonCodec(String typeName, ObjectMapper mapper, ObjectWriter writer, ObjectReader reader) {
      this.typeName = typeName;
      this.mapper = mapper;
      this.writer = writer;
      this.reader = reader;
    }

    @Override
    public byte[] encode(T value) {
      requireNonNull(value, "'value' must not be null");
      ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
      try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
        generator.writeStartObject();
        generator.writeNumberField("format", FORMAT);
        generator.writeStringField("type", typeName);
        generator.writeFieldName("value");
        writer.writeValue(generator, value);
        generator.writeEndObject();
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "could not encode a " + typeName + " as JSON: " + e.getMessage(), e);
      }
      return out.toByteArray();
    }

    /**
     * Reads the envelope as {@link #encode} writes it (format, type, then value), streaming, so
     * that numbers reach the value's types exactly as written (a tree would turn 5.00 into 5.0).
     */
    @Override
    public T decode(byte[] bytes) {
      requireNonNull(bytes, "'bytes' must not be null");
      try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw new IllegalArgumentException("not a JSON snapshot: no object");
        }
        int format = 0;
        String stored = "";
        String field;
        while ((field = parser.nextFieldName()) != null) {
          switch (field) {
            case "format" -> format = parser.nextToken().isNumeric() ? parser.getIntValue() : 0;
            case "type" -> stored = String.valueOf(parser.nextTextValue());
            case "value" -> {
              check(format, stored);
              parser.nextToken();
              T value = reader.readValue(parser);
              if (parser.nextToken() != JsonToken.END_OBJECT) {
                throw new IllegalArgumentException("not a JSON snapshot: more after the value");
              }
              return value;
            }
            default -> {
              parser.nextToken();
              parser.skipChildren();
            }
          }
        }
        check(format, stored);
        throw new IllegalArgumentException("holds no value");
      } catch (JsonParseException e) {
        throw new IllegalArgumentException("not a JSON snapshot: " + e.getOriginalMessage(), e);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "its " + typeName + " does not fit this version: " + e.getOriginalMessage(), e);
      } catch (IOException e) {
        throw new IllegalArgumentException("not a JSON snapshot: " + e.getMessage(), e);
      }
    }

    private void check(int format, String stored) {
      if (format != FORMAT) {
        throw new IllegalArgumentException(
            "written in snapshot format " + format + "; this Kilowatch reads format " + FORMAT);
      }
      if (!stored.equals(typeName)) {
        throw new IllegalArgumentException(
            "holds a " + stored + ", but this view's values are " + typeName);
      }
    }
  }
}
