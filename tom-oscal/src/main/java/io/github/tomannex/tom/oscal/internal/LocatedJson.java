package io.github.tomannex.tom.oscal.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tomannex.tom.oscal.OscalImportException;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A JSON tree that remembers where each object and array starts, so that a problem found in the
 * tree is reported with its line and column. A syntax error is reported where the parser stopped.
 */
public final class LocatedJson {
  private final String source;
  private final JsonNode root;
  private final Map<JsonNode, int[]> where;

  private LocatedJson(String source, JsonNode root, Map<JsonNode, int[]> where) {
    this.source = source;
    this.root = root;
    this.where = where;
  }

  /**
   * Reads a JSON document.
   *
   * @param json the bytes (UTF-8, UTF-16 or UTF-32, as JSON allows)
   * @param source the file's name for messages
   * @return the tree
   * @throws OscalImportException when it is not JSON
   */
  public static LocatedJson read(byte[] json, String source) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build();
    Map<JsonNode, int[]> where = new IdentityHashMap<>();
    try (JsonParser p = factory.createParser(json)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new OscalImportException(
            source, 1, 1, "the file is empty; expected an OSCAL JSON document");
      }
      JsonNode root = value(p, t, where);
      JsonToken after = p.nextToken();
      if (after != null) {
        JsonLocation l = p.currentTokenLocation();
        throw new OscalImportException(
            source, l.getLineNr(), l.getColumnNr(), "unexpected content after the JSON document");
      }
      return new LocatedJson(source, root, where);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      int line = l == null ? 1 : Math.max(1, l.getLineNr());
      int column = l == null ? 1 : Math.max(1, l.getColumnNr());
      throw new OscalImportException(
          source, line, column, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new OscalImportException(source, 1, 1, "cannot read the JSON: " + e.getMessage());
    }
  }

  private static JsonNode value(JsonParser p, JsonToken t, Map<JsonNode, int[]> where)
      throws IOException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (t) {
      case START_OBJECT -> {
        JsonLocation l = p.currentTokenLocation();
        ObjectNode o = f.objectNode();
        where.put(o, new int[] {l.getLineNr(), l.getColumnNr()});
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          o.set(name, value(p, p.nextToken(), where));
        }
        return o;
      }
      case START_ARRAY -> {
        JsonLocation l = p.currentTokenLocation();
        ArrayNode a = f.arrayNode();
        where.put(a, new int[] {l.getLineNr(), l.getColumnNr()});
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          a.add(value(p, e, where));
        }
        return a;
      }
      case VALUE_STRING -> {
        return f.textNode(p.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return f.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE -> {
        return f.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return f.booleanNode(false);
      }
      default -> {
        return f.nullNode();
      }
    }
  }

  /**
   * The document.
   *
   * @return the root node
   */
  public JsonNode root() {
    return root;
  }

  /**
   * An error at an object or array of the tree (at the start of the file for other nodes).
   *
   * @param node the node the problem is in
   * @param problem what is wrong and what was expected
   * @return the exception to throw
   */
  public OscalImportException error(JsonNode node, String problem) {
    int[] lc = where.getOrDefault(node, new int[] {1, 1});
    return new OscalImportException(source, lc[0], lc[1], problem);
  }
}
