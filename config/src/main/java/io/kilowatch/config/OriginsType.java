package io.kilowatch.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Browser origins allowed by CORS: each {@code *} or {@code scheme://host[:port]} without a path.
 * Written as a YAML list, or comma-separated in an environment variable or override. Duplicates are
 * dropped; every bad entry is reported.
 */
final class OriginsType implements ValueType<List<String>> {

  private static final Pattern COMMA = Pattern.compile(",");

  @Override
  public List<String> parse(ConfigNode node, Diagnostics diagnostics) {
    List<ConfigNode> items = new ArrayList<>();
    if (node instanceof ListNode list) {
      items.addAll(list.items());
    } else if (node instanceof ScalarNode scalar) {
      for (String part : COMMA.split(scalar.text(), -1)) {
        if (!part.isBlank()) {
          items.add(ScalarNode.of(part.strip(), scalar.origin()));
        }
      }
    } else {
      throw new InvalidValueException("expected a list of origins, found a mapping");
    }
    List<String> origins = new ArrayList<>();
    for (ConfigNode item : items) {
      try {
        String origin = checkOrigin(ValueTypes.text(item, "an origin such as https://example.org"));
        if (!origins.contains(origin)) {
          origins.add(origin);
        }
      } catch (InvalidValueException invalid) {
        diagnostics.error(item, invalid.getMessage());
      }
    }
    return origins;
  }

  @Override
  public String format(List<String> value) {
    return value.toString();
  }

  @Override
  public String range() {
    return "";
  }

  private static String checkOrigin(String text) {
    if (text.equals("*")) {
      return text;
    }
    try {
      URI uri = new URI(text);
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null) {
        return text;
      }
    } catch (URISyntaxException invalid) {
      // reported below
    }
    throw new InvalidValueException(
        "is not an origin; write * or scheme://host[:port] without a path, e.g."
            + " https://dashboard.example.org");
  }
}
