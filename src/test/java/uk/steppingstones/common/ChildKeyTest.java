package uk.steppingstones.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The child key is the HMAC of outputs.md, the same on every thread and on every copy sent to executors. */
class ChildKeyTest {
  // Independently: printf '%s' P000123 | openssl dgst -sha256 -hmac sample-key, first 16 characters.
  private static final String P000123 = "75ee4b6dce4142cf";
  private static final String P000124 = "52516e1d4eb0789c";

  @Test
  void theFirstSixteenHexCharactersOfTheHmac() {
    ChildKey key = new ChildKey("  sample-key\n");
    assertEquals(P000123, key.of("P000123"), "the key file's surrounding blanks are not part of the key");
    assertEquals(P000124, key.of("P000124"), "the next id, from the same reused HMAC");
    assertEquals(P000123, key.of("P000123"), "and the first again");
    assertNull(key.of((String) null));
  }

  @Test
  void theSameOnEveryThreadAndOnASerializedCopy() throws Exception {
    ChildKey key = new ChildKey("sample-key");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> keys = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String id = i % 2 == 0 ? "P000123" : "P000124";
        keys.add(pool.submit(() -> key.of(id)));
      }
      for (int i = 0; i < keys.size(); i++) {
        assertEquals(i % 2 == 0 ? P000123 : P000124, keys.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(key);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(P000124, ((ChildKey) in.readObject()).of("P000124"));
    }
  }
}
