package uk.steppingstones.report.finance;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code monthly_savings}: 12 rows (April to March) for every FY from the first with a claim part
 * or a target month through FY(A), zero-filled. Amounts are the claim parts booked in the month
 * (a carry-over part is booked in April of its FY); running totals restart each April;
 * {@code variance = running_step_down - running_target}.
 *
 * <p>Readings: a target row belongs to the FY of its {@code month} (the month is what the row is
 * about; the FinancialYear column should agree); targets of FYs after FY(A) are not shown; months
 * of FY(A) after A keep their targets (the running target runs to the year's full target).
 */
public final class MonthlySavings implements ReportTable {
  @Override
  public String name() {
    return "monthly_savings";
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    String money = FinanceClaims.MONEY;
    Dataset<Row> months =
        FinanceClaims.financialYears(in)
            .withColumn("i", explode(sequence(lit(0), lit(11))))
            .select(
                col("financial_year"),
                add_months(FinancialYear.firstDay(FinancialYear.startYearOfLabel(col("financial_year"))), col("i"))
                    .as("month"));

    Column type = col("claim_type");
    Dataset<Row> booked =
        FinanceClaims.parts(in)
            .groupBy(col("booked_month").as("b_month"))
            .agg(
                sum(when(type.equalTo(FinanceClaims.STEPDOWN), col("amount"))).as("b_step_down"),
                sum(when(type.equalTo(FinanceClaims.AVOID), col("amount"))).as("b_avoid"),
                sum(when(type.equalTo(FinanceClaims.AVOIDINC), col("amount"))).as("b_inc"));
    Dataset<Row> targets =
        FinanceClaims.targets(in).select(col("month").as("t_month"), col("target_amount").as("t_amount"));

    Column zero = lit(0).cast(money);
    Dataset<Row> monthly =
        months
            .join(booked, col("month").equalTo(col("b_month")), "left")
            .join(targets, col("month").equalTo(col("t_month")), "left")
            .select(
                col("financial_year"),
                col("month"),
                coalesce(col("b_step_down"), zero).cast(money).as("step_down_amount"),
                coalesce(col("b_avoid"), zero).cast(money).as("avoidance_amount"),
                coalesce(col("b_inc"), zero).cast(money).as("increased_cost_amount"),
                coalesce(col("t_amount"), zero).cast(money).as("target_amount"))
            .withColumn(
                "total_amount",
                col("step_down_amount").plus(col("avoidance_amount")).plus(col("increased_cost_amount")).cast(money));

    WindowSpec toDate =
        Window.partitionBy("financial_year")
            .orderBy("month")
            .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    return monthly
        .withColumn("running_step_down", sum("step_down_amount").over(toDate).cast(money))
        .withColumn("running_total", sum("total_amount").over(toDate).cast(money))
        .withColumn("running_target", sum("target_amount").over(toDate).cast(money))
        .withColumn("variance", col("running_step_down").minus(col("running_target")).cast(money))
        .select(
            "financial_year",
            "month",
            "step_down_amount",
            "avoidance_amount",
            "increased_cost_amount",
            "total_amount",
            "running_step_down",
            "running_total",
            "target_amount",
            "running_target",
            "variance");
  }
}
