// Package forecast says when revenue lands and how likely the goal is, on
// top of a compiled KPI tree (a *kpi.Model).
//
// NewPlan lays the tree out month by month. Each month has its working
// days (the scenario's constant, or a country's business calendar:
// BusinessDays), its effective headcount (the team plus hires on a linear
// Ramp), its share of the goal (a Seasonality profile of 12 weights, which
// can also shape the planned activity) and the sales-cycle lag (activity in
// month m lands as revenue in month m + LagMonths, so the plan has lead
// months before its start in which activity must begin). For each month it
// gives the planned and the required value of the lever solved for, every
// node's value (calls, meetings, deals, revenue) and cumulative revenue
// against the cumulative goal. The months sum exactly to the plan's totals.
//
// A Runner is a Monte Carlo run of the same plan: each trial draws ranged
// levers (Beta from a won/of history, triangular from low/likely/high), the
// activity actually done each month (activity_cv) and binomial counts, and
// the Bands report per month the P10, P50 and P90 of revenue and cumulative
// revenue and the probability of reaching the goal. A run takes its
// randomness from a *rand.Rand (PCG seeded from Config.Seed) and its
// samplers use only exactly rounded arithmetic, so a seeded run gives the
// same numbers natively and in the browser's WebAssembly runtime. Step
// advances a run in slices for a page that must keep drawing frames; Run
// does it at once.
//
// Tornado moves each lever by ±10 % (and to its min and max) and sorts the
// levers by their effect on revenue and on the required activity per rep
// per day. GoalSeek finds the value of one lever that makes the forecast
// meet the goal, or reports that no value within the lever's range does.
//
// Config is plain data carried by a scenario file under a forecast: key;
// its zero value is the default plan. Bad input is an error naming the
// field and the rule (forecast.seasonality: must hold 12 weights, ...),
// never a hang, a NaN or an infinity.
//
// The package imports the standard library, app/kpi and the holiday
// calendars of github.com/rickar/cal/v2: no user interface, no network.
package forecast
