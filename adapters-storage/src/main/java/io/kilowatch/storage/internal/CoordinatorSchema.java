package io.kilowatch.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates the coordinator's database at a schema version, from the DDL in {@code
 * coordinator-schema/v1.sql} … {@code v4.sql} (written from the storage reference). The file is
 * switched to WAL mode, as the coordinator always does.
 */
public final class CoordinatorSchema {

  private static final Pattern STATEMENT_END = Pattern.compile(";\\s*\\n");

  /** The newest schema version the coordinator has. */
  public static final int LATEST = 4;

  private CoordinatorSchema() {}

  /** A new database at {@code file} with schema {@code version} (1–4). */
  public static void create(Path file, int version) throws SQLException {
    upgrade(file, 0, version);
  }

  /** Applies the migrations after {@code from} up to {@code to}, as the coordinator would. */
  public static void upgrade(Path file, int from, int to) throws SQLException {
    if (from < 0 || to > LATEST || from > to) {
      throw new IllegalArgumentException(
          "versions must satisfy 0 <= from <= to <= " + LATEST + ", but were " + from + ", " + to);
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = WAL");
      for (int version = from + 1; version <= to; version++) {
        for (String sql : STATEMENT_END.splitAsStream(ddl(version)).toList()) {
          if (!sql.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"))) {
            statement.execute(sql);
          }
        }
      }
    }
  }

  private static String ddl(int version) {
    String name = "/coordinator-schema/v" + version + ".sql";
    try (InputStream in = CoordinatorSchema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
