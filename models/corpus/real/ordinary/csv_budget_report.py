"""Monthly department budget roll-up. Reads the finance export, writes a summary."""
import pandas as pd

df = pd.read_csv("ledger_export.csv", parse_dates=["posted"])
df["month"] = df["posted"].dt.to_period("M")

summary = (
    df.groupby(["cost_center", "month"])["amount"]
      .sum()
      .unstack(fill_value=0)
      .round(2)
)
budget = pd.read_csv("budget_fy.csv").set_index("cost_center")
summary["ytd"] = summary.sum(axis=1)
summary = summary.join(budget["annual_budget"])
summary["pct_used"] = (summary["ytd"] / summary["annual_budget"] * 100).round(1)

over = summary[summary["pct_used"] > 90]
if not over.empty:
    print("Cost centers above 90% of budget:")
    print(over[["ytd", "annual_budget", "pct_used"]])

summary.to_excel("budget_rollup.xlsx")
