package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.parley.model.Failure;

/** Reads articles from JSON Lines files and from JSON documents holding one object or an array. */
final class JsonArticles {

  private static final ObjectReader READER = new ObjectMapper().readerFor(JsonNode.class);

  private JsonArticles() {}

  /** One JSON object per line; a bad line is a failure for that line only. */
  static void parseLines(String text, ArticleParser.Sink sink) {
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String ref = "line " + (i + 1);
      JsonNode node;
      try {
        node = READER.readTree(line);
      } catch (JsonProcessingException e) {
        sink.failure(ref, Failure.Stage.PARSE, "malformed JSON: " + e.getOriginalMessage());
        continue;
      }
      toArticle(node, ref, sink);
    }
  }

  /**
   * A whole-file JSON document: one object, an array of objects, or several objects in a row. A syntax
   * error ends the file with a failure; the elements read before it are kept.
   */
  static void parseDocument(String text, ArticleParser.Sink sink) {
    List<JsonNode> nodes = new ArrayList<>();
    boolean array = text.stripLeading().startsWith("[");
    String error = null;
    try (MappingIterator<JsonNode> it = READER.readValues(text)) {
      while (it.hasNextValue()) {
        nodes.add(it.nextValue());
      }
    } catch (IOException | RuntimeException e) {
      // Jackson wraps parse errors met in nextValue() in RuntimeJsonMappingException.
      Throwable cause = e.getCause() instanceof JsonProcessingException ? e.getCause() : e;
      error =
          cause instanceof JsonProcessingException
              ? ((JsonProcessingException) cause).getOriginalMessage()
              : String.valueOf(cause.getMessage());
    }
    boolean single = !array && nodes.size() == 1 && error == null;
    for (int i = 0; i < nodes.size(); i++) {
      toArticle(nodes.get(i), single ? "" : "element " + (i + 1), sink);
    }
    if (error != null) {
      String ref = array || !nodes.isEmpty() ? "element " + (nodes.size() + 1) : "";
      sink.failure(ref, Failure.Stage.PARSE, "malformed JSON: " + error);
    }
  }

  private static void toArticle(JsonNode node, String ref, ArticleParser.Sink sink) {
    if (!node.isObject()) {
      sink.failure(
          ref,
          Failure.Stage.PARSE,
          "expected a JSON object, found " + node.getNodeType().toString().toLowerCase(Locale.ROOT));
      return;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    Map<String, String> mapping = sink.options.fieldMapping();
    RecordFields f = new RecordFields();
    f.id = value(node, RecordFields.resolve("id", names, mapping));
    f.url = value(node, RecordFields.resolve("url", names, mapping));
    f.source = value(node, RecordFields.resolve("source", names, mapping));
    f.title = value(node, RecordFields.resolve("title", names, mapping));
    f.date = value(node, RecordFields.resolve("date", names, mapping));
    f.text = value(node, RecordFields.resolve("text", names, mapping));
    sink.article(ref, f);
  }

  private static @Nullable String value(JsonNode node, @Nullable String name) {
    if (name == null) {
      return null;
    }
    return asText(node.get(name));
  }

  private static @Nullable String asText(@Nullable JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isArray()) {
      // Bodies given as a list of paragraphs.
      List<String> parts = new ArrayList<>();
      for (JsonNode e : v) {
        String s = asText(e);
        if (s != null && !s.isBlank()) {
          parts.add(s.strip());
        }
      }
      return parts.isEmpty() ? null : String.join("\n\n", parts);
    }
    // Objects such as {"source": {"id": "x", "name": "Outlet"}}.
    for (String key : List.of("name", "title", "text", "value")) {
      Iterator<String> it = v.fieldNames();
      while (it.hasNext()) {
        String k = it.next();
        if (k.equalsIgnoreCase(key) && v.get(k).isValueNode()) {
          return v.get(k).asText();
        }
      }
    }
    return null;
  }
}
