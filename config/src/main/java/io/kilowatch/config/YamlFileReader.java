package io.kilowatch.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one YAML file into a {@link MapNode}, defensively: files over {@value #MAX_FILE_BYTES}
 * bytes are refused unread, the text must be UTF-8, SnakeYAML runs with its safe constructor and
 * only composes (never constructs objects), global tags such as {@code !!java.io.File} are refused,
 * and aliases are bounded. Every failure becomes a problem naming the file, line and column.
 */
final class YamlFileReader {

  /** Largest file read; the coordinator's own YAML is about 37 KB. */
  static final int MAX_FILE_BYTES = 1024 * 1024;

  /** Backstop inside SnakeYAML; {@link YamlTreeBuilder} enforces a tighter bound with key paths. */
  private static final int SNAKEYAML_MAX_ALIASES = 100;

  private static final int MAX_NESTING = 30;

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private YamlFileReader() {}

  /** The file's tree; empty if it cannot be used, with the reasons added to {@code diagnostics}. */
  static Optional<MapNode> read(Path file, Diagnostics diagnostics) {
    String name = file.toString();
    Optional<String> text = readText(file, diagnostics);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Node root;
    try {
      root = yaml().compose(new StringReader(text.get()));
    } catch (MarkedYAMLException malformed) {
      reportMalformed(name, text.get(), malformed, diagnostics);
      return Optional.empty();
    } catch (YAMLException refused) {
      diagnostics.error(Origin.wholeFile(name), "", describe(refused.getMessage()));
      return Optional.empty();
    }
    if (root == null) {
      return Optional.of(MapNode.empty(Origin.inFile(name, 1, 1, "")));
    }
    return YamlTreeBuilder.build(root, name, diagnostics);
  }

  private static Optional<String> readText(Path file, Diagnostics diagnostics) {
    Origin whole = Origin.wholeFile(file.toString());
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        diagnostics.error(
            whole,
            size + " bytes",
            "the file is larger than "
                + MAX_FILE_BYTES
                + " bytes and was not read; is it the right file?");
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (NoSuchFileException missing) {
      diagnostics.error(whole, "", "the file does not exist");
    } catch (CharacterCodingException notUtf8) {
      diagnostics.error(whole, "", "the file is not UTF-8 text");
    } catch (IOException unreadable) {
      diagnostics.error(whole, "", "the file cannot be read: " + unreadable);
    }
    return Optional.empty();
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(SNAKEYAML_MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_FILE_BYTES);
    options.setProcessComments(false);
    return new Yaml(new SafeConstructor(options));
  }

  private static void reportMalformed(
      String file, String text, MarkedYAMLException malformed, Diagnostics diagnostics) {
    Mark mark =
        malformed.getProblemMark() != null
            ? malformed.getProblemMark()
            : malformed.getContextMark();
    String problem = malformed.getProblem() == null ? "" : malformed.getProblem();
    String message = describe(problem);
    if (malformed.getContext() != null && !message.startsWith("the tag")) {
      message = message + " (" + malformed.getContext() + ")";
    }
    if (mark == null) {
      diagnostics.error(Origin.wholeFile(file), "", "the YAML does not parse: " + message);
      return;
    }
    List<String> lines = List.of(LINE_BREAK.split(text, -1));
    Origin origin =
        Origin.inFile(
            file,
            mark.getLine() + 1,
            mark.getColumn() + 1,
            SyntaxErrorLocator.keyPathAt(lines, mark.getLine()));
    String prefix = message.startsWith("the tag") ? "" : "the YAML does not parse: ";
    diagnostics.error(origin, SyntaxErrorLocator.lineAt(lines, mark.getLine()), prefix + message);
  }

  private static String describe(String snakeYamlProblem) {
    if (snakeYamlProblem.startsWith("Global tag is not allowed: ")) {
      String tag = snakeYamlProblem.substring("Global tag is not allowed: ".length());
      return "the tag "
          + tag.replace("tag:yaml.org,2002:", "!!")
          + " is not allowed; write a plain value without a tag";
    }
    if (snakeYamlProblem.startsWith("Number of aliases")) {
      return "too many aliases (more than "
          + SNAKEYAML_MAX_ALIASES
          + "; an alias bomb?); write the values out";
    }
    return snakeYamlProblem;
  }
}
