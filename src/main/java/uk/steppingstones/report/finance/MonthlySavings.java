package uk.steppingstones.report.finance;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.money;
import static uk.steppingstones.common.ColumnDoc.value;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.month;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.report.Detail;
import uk.steppingstones.common.TableDoc;
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
  public TableDoc doc() {
    return TableDoc.of(
        "financial year and month, twelve a year (April to March)",
        "Savings and avoidance booked each month against the monthly savings target (the report's running-total "
            + "and month-by-month charts). Every financial year from the first with a claim part or a target month "
            + "through the year of the as-of date has its twelve months; a month without claims or target is 0.00. "
            + "A claim part is booked in EventDate's month, a carried-over part in April of its year. Running totals "
            + "restart each April. A target belongs to the financial year of its month; months of the current year "
            + "after the as-of date keep their targets, so the running target reaches the year's full target.",
        financialYear("the month"),
        month("April to March of the financial year."),
        money("step_down_amount", "Step Down claim amounts booked in the month (claim_savings.amount by "
            + "booked_month), carried-over parts included."),
        money("avoidance_amount", "Cost Avoidance claim amounts booked in the month."),
        money("increased_cost_amount", "Avoidance of Increased Cost claim amounts booked in the month."),
        money("total_amount", "All claim amounts booked in the month: step_down_amount + avoidance_amount + "
            + "increased_cost_amount."),
        value("running_step_down", "step_down_amount summed from April through this month."),
        value("running_total", "total_amount summed from April through this month."),
        money("target_amount", "The savings target for the month (savings_target rows of the month, summed)."),
        value("running_target", "target_amount summed from April through this month."),
        value("variance", "running_step_down − running_target: above 0 when step-down savings are ahead of the "
            + "target so far (March's is the year's amount over or under target)."));
  }

  /** The claim parts booked in the month (each under its type and the total) and the month's targets. */
  @Override
  public Detail detail(ReportInputs in) {
    Column claim = col("record_type").equalTo(Detail.CLAIM);
    Column type = col("claim_type");
    String dated = "the part's first day: EventDate, or 1 April for a part carried over (booked in April)";
    return Detail.of(FinanceClaims.booked(in),
        figure("step_down_amount", Detail.CLAIM, "record_id", "part_start", dated)
            .where(claim.and(type.equalTo(FinanceClaims.STEPDOWN))).amount("amount"),
        figure("avoidance_amount", Detail.CLAIM, "record_id", "part_start", dated)
            .where(claim.and(type.equalTo(FinanceClaims.AVOID))).amount("amount"),
        figure("increased_cost_amount", Detail.CLAIM, "record_id", "part_start", dated)
            .where(claim.and(type.equalTo(FinanceClaims.AVOIDINC))).amount("amount"),
        figure("total_amount", Detail.CLAIM, "record_id", "part_start", dated).where(claim).amount("amount"),
        figure("target_amount", Detail.SAVINGS_TARGET, "record_id", "part_start", "the target's month")
            .where(col("record_type").equalTo(Detail.SAVINGS_TARGET)).noChild().amount("amount"));
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
