package io.eventdesign.contract.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/**
 * The released schema versions kept in the repository: {@code <folder>/<type name>/<version>.avsc},
 * each a self-contained schema (named types inlined). A released version is never edited or
 * removed; the build checks that the current schema of each type reads them all and is read by them.
 */
public final class ReleasedSchemas {

  /** One released version of one type. */
  public record Version(String typeName, String name, Schema schema) {}

  private final Map<String, List<Version>> byType;

  private ReleasedSchemas(Map<String, List<Version>> byType) {
    this.byType = byType;
  }

  public static ReleasedSchemas load(Path folder) {
    Map<String, List<Version>> byType = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return new ReleasedSchemas(byType);
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList()) {
        String typeName = file.getParent().getFileName().toString();
        String version = file.getFileName().toString().replace(".avsc", "");
        Schema schema = new Schema.Parser().parse(file.toFile());
        byType.computeIfAbsent(typeName, t -> new ArrayList<>()).add(new Version(typeName, version, schema));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byType.values().forEach(list -> list.sort(Comparator.comparingInt(v -> versionNumber(v.name()))));
    return new ReleasedSchemas(byType);
  }

  private static int versionNumber(String name) {
    if (!name.matches("v[1-9][0-9]*")) {
      throw new IllegalStateException("released schema versions are named v1, v2, ...: " + name);
    }
    return Integer.parseInt(name.substring(1));
  }

  public List<Version> versionsOf(String typeName) {
    return byType.getOrDefault(typeName, List.of());
  }

  public Map<String, List<Version>> all() {
    return byType;
  }
}
