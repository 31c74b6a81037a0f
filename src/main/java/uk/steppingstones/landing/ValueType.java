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
  private static final String DATE_TIME_OR_ANYTHING = "(?s)" + DATE_TIME + "|^.*$";

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
    Column text = trim(raw);
    Column prepared = prepare(text);
    return readPrepared(prepared, isNoValue(text, prepared));
  }

  /** True when the text means "no value" rather than something unreadable. */
  public final Column isNoValue(Column raw) {
    Column text = trim(raw);
    return isNoValue(text, prepare(text));
  }

  /*
   * A whole record is parsed in steps (RecordParser), each a projection in which no expression is
   * repeated: Spark evaluates a repeated expression once only through a per-record cache that costs
   * more than most readings (measured: an eighth of a large night's CPU). Each step takes the
   * columns of the one before: the trimmed text, then what the reading and the no-value test share,
   * then the no-value test, then the value.
   */

  /** Work that reading and the no-value test share, from the trimmed text: by default that text. */
  Column prepare(Column text) {
    return text;
  }

  /** True for no value, from the trimmed text and {@link #prepare}'s result: by default blank. */
  Column isNoValue(Column text, Column prepared) {
    return text.isNull().or(text.equalTo(""));
  }

  /** The typed value from {@link #prepare}'s result and the no-value test's. */
  abstract Column readPrepared(Column prepared, Column noValue);

  /** The quarantine or data-quality reason for text of this kind that cannot be read. */
  public String problem() {
    return "unreadable " + kind;
  }

  public static final ValueType TEXT =
      new ValueType("text", DataTypes.StringType) {
        @Override
        Column readPrepared(Column text, Column noValue) {
          return when(not(noValue), text);
        }
      };

  /** Identifiers: trimmed text; -1, 0 and blank are the LCS "no value" sentinels. */
  public static final ValueType ID =
      new ValueType("id", DataTypes.StringType) {
        @Override
        Column readPrepared(Column text, Column noValue) {
          return when(not(noValue), text);
        }

        @Override
        Column isNoValue(Column text, Column prepared) {
          return text.isNull().or(text.isin("", "-1", "0"));
        }
      };

  /** Dates and date-times share their reading up to the typed value. */
  private abstract static class DateTimeType extends ValueType {
    DateTimeType(String kind, DataType sparkType) {
      super(kind, sparkType);
    }

    @Override
    Column prepare(Column text) {
      return dateTimeParts(text);
    }

    /** Blank, or the 1900-01-01 placeholder. */
    @Override
    Column isNoValue(Column text, Column parts) {
      return coalesce(text, lit("")).equalTo("")
          .or(coalesce(dateOf(parts).equalTo(lit(java.sql.Date.valueOf("1900-01-01"))), lit(false)));
    }
  }

  public static final ValueType DATE =
      new DateTimeType("date", DataTypes.DateType) {
        @Override
        Column readPrepared(Column parts, Column noValue) {
          return when(not(noValue).and(timeIsValid(parts)), dateOf(parts));
        }
      };

  public static final ValueType DATETIME =
      new DateTimeType("datetime", DataTypes.TimestampType) {
        @Override
        Column readPrepared(Column parts, Column noValue) {
          // Seconds and milliseconds as text "s.mmm"; absent parts read as 0.
          Column seconds =
              concat(coalesce(part(parts, 5), lit(0)), lit("."), rpad(element_at(parts, 7), 3, "0")).cast("decimal(8,6)");
          Column ts =
              make_timestamp(part(parts, 0), part(parts, 1), part(parts, 2), coalesce(part(parts, 3), lit(0)),
                  coalesce(part(parts, 4), lit(0)), seconds);
          return when(not(noValue), ts);
        }
      };

  public static final ValueType YES_NO =
      new ValueType("yes/no", DataTypes.BooleanType) {
        @Override
        Column prepare(Column text) {
          return lower(text);
        }

        @Override
        Column readPrepared(Column v, Column noValue) {
          return when(v.isin("yes", "y", "true", "1"), lit(true))
              .when(v.isin("no", "n", "false", "0"), lit(false));
        }
      };

  /** Pounds with two decimal places; a leading £ and thousands commas are allowed. */
  public static final ValueType MONEY =
      new ValueType("money", DataTypes.createDecimalType(18, 2)) {
        @Override
        Column prepare(Column text) {
          return regexp_replace(text, "^£\\s*", "");
        }

        @Override
        Column readPrepared(Column v, Column noValue) {
          Column wellFormed = v.rlike("^-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d{1,2})?$");
          return when(wellFormed, regexp_replace(v, ",", "").cast(sparkType()));
        }
      };

  /** A financial year written 2024-25 (1 April 2024 to 31 March 2025), kept as that text. */
  public static final ValueType FINANCIAL_YEAR =
      new ValueType("financial year", DataTypes.StringType) {
        @Override
        Column readPrepared(Column v, Column noValue) {
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
        Column readPrepared(Column v, Column noValue) {
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
    Column prepare(Column text) {
      return upper(text);
    }

    @Override
    Column readPrepared(Column v, Column noValue) {
      Column result = null;
      for (String c : codes) {
        Column match = v.equalTo(c.toUpperCase(Locale.ROOT));
        result = result == null ? when(match, lit(c)) : result.when(match, lit(c));
      }
      if (fallback != null) {
        result = result.when(not(noValue), lit(fallback));
      }
      return result;
    }
  }

  /**
   * A date or date-time of either form, taken apart: year, month, day, hour, minute, second,
   * milliseconds as text, each empty when absent (so all are empty when the text is neither form).
   * One regular expression does it: the groups of the form not used are empty, and text of neither
   * form matches the last alternative, which has no groups.
   */
  private static Column dateTimeParts(Column text) {
    return split(regexp_replace(text, DATE_TIME_OR_ANYTHING, "$1$6|$2$5|$3$4|$7|$8|$9|$10"), "\\|", -1);
  }

  /** A part as a number; null when absent (Spark reads empty text as no number). */
  private static Column part(Column parts, int i) {
    return element_at(parts, i + 1).cast("int");
  }

  /** The date of either form, null when unreadable; make_date rejects impossible days. */
  private static Column dateOf(Column parts) {
    return make_date(part(parts, 0), part(parts, 1), part(parts, 2));
  }

  /** A time after the date must itself be a real time of day, even where it is then dropped. */
  private static Column timeIsValid(Column parts) {
    // Hour and minute come together: with no time, the comparison is null, and that is valid.
    return coalesce(part(parts, 3).leq(23).and(part(parts, 4).leq(59)).and(coalesce(part(parts, 5), lit(0)).leq(59)),
        lit(true));
  }
}
