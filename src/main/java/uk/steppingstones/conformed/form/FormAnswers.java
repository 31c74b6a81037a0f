package uk.steppingstones.conformed.form;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The answers of a form: one winning answer per (FormID, lowercased QuestionCode). The latest
 * AnsweredDateTime wins; on a tie the larger AnswerID, compared as numbers when every id of the
 * question is numeric, else as text.
 */
public final class FormAnswers {
  private FormAnswers() {}

  /**
   * @param answers current lcs_form_answer records
   * @return form_id, question (lowercased code), answer
   */
  public static Dataset<Row> winning(Dataset<Row> answers) {
    Column question = lower(trim(col("question_code")));
    var byQuestion = Window.partitionBy(col("form_id"), col("question"));
    Column allNumeric = min(col("answer_id").rlike("^[0-9]+$").cast("int")).over(byQuestion).equalTo(1);
    // Left-padding digits makes text order agree with numeric order.
    Column idOrder = when(allNumeric, lpad(col("answer_id"), 40, "0")).otherwise(col("answer_id"));
    return answers
        .withColumn("question", question)
        .withColumn("id_order", idOrder)
        .withColumn(
            "rank",
            row_number().over(byQuestion.orderBy(col("answered_at").desc(), col("id_order").desc())))
        .filter(col("rank").equalTo(1))
        .select("form_id", "question", "answer");
  }
}
