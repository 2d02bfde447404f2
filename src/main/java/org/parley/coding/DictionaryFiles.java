package org.parley.coding;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The raw contents of a dictionary folder, small enough to travel with the pipeline to every worker;
 * parsed dictionaries are built from it once per JVM.
 */
public final class DictionaryFiles implements Serializable {

  private final SortedMap<String, byte[]> files;
  private final String sha256;

  private DictionaryFiles(SortedMap<String, byte[]> files) {
    this.files = files;
    Hasher hasher = Hashing.sha256().newHasher();
    files.forEach((name, bytes) -> hasher.putString(name, StandardCharsets.UTF_8).putInt(bytes.length).putBytes(bytes));
    this.sha256 = hasher.hash().toString();
  }

  /** Reads every .tsv file of a folder. */
  public static DictionaryFiles read(Path folder) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".tsv")).sorted().toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new DictionaryException("Cannot read dictionary folder " + folder + ": " + e.getMessage(), e);
    }
    return new DictionaryFiles(files);
  }

  /** Builds from in-memory contents (name to text), for tests. */
  public static DictionaryFiles of(Map<String, String> contents) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    contents.forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return new DictionaryFiles(files);
  }

  /** The text of one file; a missing file is a dictionary error that names it. */
  String text(String name) {
    byte[] bytes = files.get(name);
    if (bytes == null) {
      throw new DictionaryException("Dictionary file " + name + " is missing (see docs/dictionaries.md)");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** True when the folder has the file (for optional dictionaries). */
  boolean has(String name) {
    return files.containsKey(name);
  }

  /** Names of the files "STEM.tsv" and "STEM-*.tsv", in order. */
  List<String> named(String stem) {
    return files.keySet().stream()
        .filter(n -> n.equals(stem + ".tsv") || (n.startsWith(stem + "-") && n.endsWith(".tsv")))
        .toList();
  }

  /** One hash over every file's name and content. */
  public String sha256() {
    return sha256;
  }

  /** File names, for reports. */
  public java.util.Set<String> names() {
    return Collections.unmodifiableSet(files.keySet());
  }
}
