// Kpisim is a sales KPI simulator: it turns a revenue goal (the KGI) into
// the deals, opportunities, meetings and calls a team needs, per year,
// quarter, month, working day and rep, and forecasts revenue from the
// activity the team plans.
//
// Usage:
//
//	kpisim calc [flags] [preset | file]   print the KPI tree: required, forecast, gap
//	kpisim validate [-lang l] [-smart] FILE...  check scenario files, exit 1 if any is invalid; -smart: each KPI's SMART tests
//	kpisim forecast [flags] [scenario]    the monthly plan: when revenue lands; -trials N for P10/P50/P90 and the odds
//	kpisim sensitivity [flags] [scenario] the tornado: each lever ±10 % and at its range's ends, largest effect first, and the value each needs alone
//	kpisim presets [-lang l] [-json]      list the preset scenarios, titled in -lang's language (-json: as the browser loads them)
//	kpisim serve [-addr 127.0.0.1:8000]   build the web site and serve it
//	kpisim build -o DIR [-base /repo/]    write the static web site to DIR
//	kpisim help [command | set]           this text, a command's usage and flags (as kpisim COMMAND -h), or every -set key
//
// Calc flags:
//
//	-set id=value    change a lever, goal.value, calendar.*, ceiling.* or forecast.* (repeatable;
//	                 kpisim help set lists every one);
//	                 rates take 20% or 0.2, amounts 1,000,000, 100万, 1億 or 5千万;
//	                 goal.period=year, quarter, month, week or day states the goal per that period;
//	                 currency=USD counts the scenario's money in another ISO 4217 code (its numbers stay)
//	-lang l          ja or en (default: from the locale, $LC_ALL, $LC_MESSAGES or $LANG)
//	-json            machine-readable output (a stable interface)
//	-csv             one row per node
//	-width N         the columns the text fits (default: $COLUMNS, else the terminal's, else 100):
//	                 a long label wraps in its column, its figures on its first line; figures never break
//	-solve id        the lever to solve for (default: the scenario's), or headcount
//	-rounding r      ceil, none or round (default: the scenario's)
//	-wide            every column: node ids, formulas, every period (default: fits -width)
//
// Forecast flags: -set, -lang, -json, -csv, -width as for calc, and
//
//	-trials N        run N Monte Carlo trials (up to 100,000) for the bands and the probability of the goal;
//	                 with -actuals the re-forecast's chance runs the scenario's trials (10,000 by default)
//	                 unless -trials is given, and -trials 0 runs none
//	-seed S          the random seed (default: the scenario's), so a run can be repeated exactly
//	-actuals FILE    what happened, from a CRM/SFA export (CSV: totals by month, a list of deals or an
//	                 activity log): the re-forecast, achievement to date, the pace the months left need,
//	                 the funnel's leak and the chance of the goal; repeatable (a list of deals and an activity
//	                 log), each file's values replacing an earlier one's of the same KPI and month
//
// Sensitivity flags: -set, -lang, -json, -csv, -width as for calc.
//
// Build and serve read the wasm binary, ECharts, styles and icons from
// ./web (-web DIR); make build puts them there. Serve takes -dir DIR to serve
// a site already built, and -base /repo/ to serve it under a path.
//
// kpisim COMMAND -h prints the command's usage and every flag it takes.
// Help asked for (help, -h, --help) is written to stdout and exits 0; a
// usage error (no command, an unknown command or flag) is written to
// stderr and exits 2.
// Flags may come before or after the scenario. Requirement, forecast and
// gap come from the monthly plan (hires, seasonality, sales-cycle lag), as
// the page's do.
//
// The scenario is a preset id (kpisim presets lists them; default
// outbound) or a scenario file (YAML or JSON). Bad input
// prints a one-line error and exits with status 2.
package main
