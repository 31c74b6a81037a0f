package uk.steppingstones.landing;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * How one kind of landing value is read (inputs.md, "Values"). Each reading is a Spark column
 * expression, so a whole file is parsed in one pass without user-defined functions. A reading
 * yields null both for "no value" (blank, LCS sentinels, the 1900 placeholder) and for text that
 * cannot be read; {@link #isNoValue} tells the two apart so only the second is a problem.
 */
public abstract class ValueType {
  /** yyyy-MM-dd or dd/MM/yyyy, optionally followed by a time that is validated and then dropped. */
  private static final String DATE_TIME =
      "^(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{2})/(\\d{2})/(\\d{4}))"
          + "(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?)?$";

  private final String kind;
  private final DataType sparkType;

  protected ValueType(String kind, DataType sparkType) {
    this.kind = kind;
    this.sparkType = sparkType;
  }

  /** Short name used in quarantine reasons, e.g. "date". */
  public String kind() {
    return kind;
  }

  public DataType sparkType() {
    return sparkType;
  }

  /** The typed value of text {@code raw}; null for no value and for unreadable text. */
  public final Column read(Column raw) {
    return readPrepared(prepare(raw));
  }

  /**
   * Work that reading and the no-value test share, done once per value when a whole record is
   * parsed (see {@link RecordParser}): by default the text itself.
   */
  Column prepare(Column raw) {
    return raw;
  }

  /** {@link #read} from the result of {@link #prepare}. */
  abstract Column readPrepared(Column prepared);

  /** {@link #isNoValue} from the result of {@link #prepare}. */
  Column isNoValuePrepared(Column prepared) {
    return prepared.isNull().or(trim(prepared).equalTo(""));
  }

  /** The quarantine or data-quality reason for text of this kind that cannot be read. */
  public String problem() {
    return "unreadable " + kind;
  }

  /** True when the text means "no value" rather than something unreadable. */
  public final Column isNoValue(Column raw) {
    return isNoValuePrepared(prepare(raw));
  }

  public static final ValueType TEXT =
      new ValueType("text", DataTypes.StringType) {
        @Override
        Column readPrepared(Column raw) {
          return when(trim(raw).notEqual(""), trim(raw));
        }
      };

  /** Identifiers: trimmed text; -1, 0 and blank are the LCS "no value" sentinels. */
  public static final ValueType ID =
      new ValueType("id", DataTypes.StringType) {
        @Override
        Column readPrepared(Column raw) {
          return when(not(isNoValuePrepared(raw)), trim(raw));
        }

        @Override
        Column isNoValuePrepared(Column raw) {
          return raw.isNull().or(trim(raw).isin("", "-1", "0"));
        }
      };

  /** Dates and date-times share their reading up to the typed value. */
  private abstract static class DateTimeType extends ValueType {
    DateTimeType(String kind, DataType sparkType) {
      super(kind, sparkType);
    }

    @Override
    Column prepare(Column raw) {
      return dateTimeParts(raw);
    }

    @Override
    Column isNoValuePrepared(Column p) {
      return dateTimeIsNoValue(p);
    }
  }

  public static final ValueType DATE =
      new DateTimeType("date", DataTypes.DateType) {
        @Override
        Column readPrepared(Column p) {
          return when(not(isNoValuePrepared(p)).and(timeIsValid(p)), dateOf(p));
        }
      };

  public static final ValueType DATETIME =
      new DateTimeType("datetime", DataTypes.TimestampType) {
        @Override
        Column readPrepared(Column p) {
          Column seconds =
              concat(coalesce(element(p, 5), lit("0")), lit("."), rpad(coalesce(element(p, 6), lit("0")), 3, "0"))
                  .cast("decimal(8,6)");
          Column ts =
              make_timestamp(element(p, 0).cast("int"), element(p, 1).cast("int"), element(p, 2).cast("int"),
                  coalesce(element(p, 3).cast("int"), lit(0)), coalesce(element(p, 4).cast("int"), lit(0)), seconds);
          return when(not(isNoValuePrepared(p)), ts);
        }
      };

  public static final ValueType YES_NO =
      new ValueType("yes/no", DataTypes.BooleanType) {
        @Override
        Column readPrepared(Column raw) {
          Column v = lower(trim(raw));
          return when(v.isin("yes", "y", "true", "1"), lit(true))
              .when(v.isin("no", "n", "false", "0"), lit(false));
        }
      };

  /** Pounds with two decimal places; a leading £ and thousands commas are allowed. */
  public static final ValueType MONEY =
      new ValueType("money", DataTypes.createDecimalType(18, 2)) {
        @Override
        Column readPrepared(Column raw) {
          Column v = regexp_replace(trim(raw), "^£\\s*", "");
          Column wellFormed = v.rlike("^-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d{1,2})?$");
          return when(wellFormed, regexp_replace(v, ",", "").cast(sparkType()));
        }
      };

  /** A financial year written 2024-25 (1 April 2024 to 31 March 2025), kept as that text. */
  public static final ValueType FINANCIAL_YEAR =
      new ValueType("financial year", DataTypes.StringType) {
        @Override
        Column readPrepared(Column raw) {
          Column v = trim(raw);
          Column start = regexp_extract(v, "^(\\d{4})-(\\d{2})$", 1);
          Column end = regexp_extract(v, "^(\\d{4})-(\\d{2})$", 2);
          return when(
              start.notEqual("").and(start.cast("int").plus(1).mod(100).equalTo(end.cast("int"))), v);
        }
      };

  /** A month written yyyy-MM, read as its first day. */
  public static final ValueType MONTH =
      new ValueType("month", DataTypes.DateType) {
        @Override
        Column readPrepared(Column raw) {
          Column v = trim(raw);
          return when(
              v.rlike("^\\d{4}-\\d{2}$"),
              make_date(substring(v, 1, 4).cast("int"), substring(v, 6, 2).cast("int"), lit(1)));
        }
      };

  /** One of a fixed list of codes, matched case-insensitively; the result is the listed spelling. */
  public static Code code(List<String> codes) {
    return code(codes, null);
  }

  /** As {@link #code(List)}, but anything unlisted reads as {@code fallback} instead of failing. */
  public static Code code(List<String> codes, String fallback) {
    return new Code(codes, fallback);
  }

  /** A code of a fixed list (the list is also what the landing contract document shows). */
  public static final class Code extends ValueType {
    private final List<String> codes;
    private final String fallback;

    private Code(List<String> codes, String fallback) {
      super("code", DataTypes.StringType);
      this.codes = List.copyOf(codes);
      this.fallback = fallback;
    }

    public List<String> codes() {
      return codes;
    }

    /** What an unlisted code reads as, or null when an unlisted code cannot be read. */
    public String fallback() {
      return fallback;
    }

    @Override
    public String problem() {
      return "unknown code";
    }

    @Override
    Column readPrepared(Column raw) {
      Column v = upper(trim(raw));
      Column result = null;
      for (String c : codes) {
        Column match = v.equalTo(c.toUpperCase(Locale.ROOT));
        result = result == null ? when(match, lit(c)) : result.when(match, lit(c));
      }
      if (fallback != null) {
        result = result.when(not(isNoValue(raw)), lit(fallback));
      }
      return result;
    }
  }

  /**
   * A date or date-time of either form, taken apart once: {@code text} (trimmed) and
   * {@code parts}: year, month, day, hour, minute, second, milliseconds as text (empty when
   * absent), or null when the text is neither form. One regular expression does it: the groups
   * of the form not used are empty.
   */
  private static Column dateTimeParts(Column raw) {
    Column t = trim(raw);
    Column parts =
        when(t.rlike(DATE_TIME), split(regexp_replace(t, DATE_TIME, "$1$6|$2$5|$3$4|$7|$8|$9|$10"), "\\|", -1));
    return struct(t.as("text"), parts.as("parts"));
  }

  private static Column element(Column p, int i) {
    Column e = element_at(p.getField("parts"), i + 1);
    return when(e.notEqual(""), e);
  }

  /** The date of either form, null when unreadable; make_date rejects impossible days. */
  private static Column dateOf(Column p) {
    return make_date(element(p, 0).cast("int"), element(p, 1).cast("int"), element(p, 2).cast("int"));
  }

  /** Blank, or the 1900-01-01 placeholder. */
  private static Column dateTimeIsNoValue(Column p) {
    Column t = p.getField("text");
    return t.isNull().or(t.equalTo(""))
        .or(coalesce(dateOf(p).equalTo(lit(java.sql.Date.valueOf("1900-01-01"))), lit(false)));
  }

  /** A time after the date must itself be a real time of day, even where it is then dropped. */
  private static Column timeIsValid(Column p) {
    Column h = element(p, 3).cast("int");
    Column m = element(p, 4).cast("int");
    Column sec = element(p, 5).cast("int");
    return h.isNull().or(h.leq(23).and(m.leq(59)).and(coalesce(sec, lit(0)).leq(59)));
  }
}
