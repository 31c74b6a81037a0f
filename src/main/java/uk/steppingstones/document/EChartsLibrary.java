package uk.steppingstones.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Apache ECharts (Apache License 2.0), from the {@code org.webjars.npm:echarts} WebJar on the
 * classpath: its one-file build {@code dist/echarts.min.js}, read at run time so the document can
 * carry it inline and open without a network.
 */
public final class EChartsLibrary {
  private EChartsLibrary() {}

  private static final String POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";
  private static volatile String script;

  /** The library's version, as the WebJar records it. */
  public static String version() {
    try (InputStream in = resource(POM)) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The minified library, to inline in a {@code <script>} element. */
  public static String script() {
    if (script == null) {
      String path = "META-INF/resources/webjars/echarts/" + version() + "/dist/echarts.min.js";
      try (InputStream in = resource(path)) {
        String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (js.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
          throw new IllegalStateException(path + " cannot be inlined: it contains </script");
        }
        script = js;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return script;
  }

  private static InputStream resource(String path) throws IOException {
    InputStream in = EChartsLibrary.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("the ECharts WebJar is not on the classpath (" + path + ")");
    }
    return in;
  }
}
