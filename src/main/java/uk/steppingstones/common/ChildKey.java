package uk.steppingstones.common;

import static org.apache.spark.sql.functions.udf;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * The pseudonymised child key of outputs.md: the first 16 lowercase hex characters of
 * HMAC-SHA256(key, surviving PersonID as UTF-8). Gold tables and exports carry this, never a
 * PersonID.
 */
public final class ChildKey implements java.io.Serializable {
  private final byte[] key;
  // One keyed HMAC per thread (a Mac is not thread-safe; doFinal leaves it ready for the next id):
  // looking one up and keying it for every row was 2% of a night's CPU (JFR).
  private transient ThreadLocal<Mac> macs = keyedMacs();

  public ChildKey(String keyText) {
    if (keyText == null || keyText.strip().isEmpty()) {
      throw new IllegalArgumentException("the pseudonymisation key is empty");
    }
    this.key = keyText.strip().getBytes(StandardCharsets.UTF_8);
  }

  public String of(String personId) {
    if (personId == null) {
      return null;
    }
    byte[] digest = macs.get().doFinal(personId.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 8);
  }

  private ThreadLocal<Mac> keyedMacs() {
    return ThreadLocal.withInitial(() -> {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is not available", e);
      }
    });
  }

  // Executors get the key serialized with the task; each copy makes its own per-thread HMACs.
  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    macs = keyedMacs();
  }

  /** Column: the child key of a person id column. */
  public Column of(Column personId) {
    ChildKey self = this;
    UserDefinedFunction f = udf((UDF1<String, String>) self::of, DataTypes.StringType);
    return f.apply(personId);
  }
}
