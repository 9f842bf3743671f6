//go:build !wasm

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// command is one subcommand: it reads args and writes to stdout, returning
// an error whose exitCode says how to exit.
type command func(args []string, stdout, stderr io.Writer) error

var commands = map[string]command{
	"calc":        runCalc,
	"validate":    runValidate,
	"presets":     runPresets,
	"forecast":    runForecast,
	"sensitivity": runSensitivity,
	"build":       runBuild,
	"serve":       runServe,
}

// exitError carries an exit status: 2 for bad input (the default), 1 for
// "ran fine, found problems" (validate).
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 { // not asked for: the usage as an error
		fmt.Fprint(stderr, usage)
		return 2
	}
	if asksHelp(args[:1]) {
		args = []string{"help"}
	}
	if args[0] == "help" {
		return runHelp(args[1:], stdout, stderr)
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "kpisim: "+argsLang(args).T("cli.command")+"\n", esc(args[0]))
		return 2
	}
	if asksHelp(args[1:]) {
		fmt.Fprint(stdout, helpFor(args[0]))
		return 0
	}
	err := cmd(args[1:], stdout, stderr)
	if err == nil {
		return 0
	}
	code := 2
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
	}
	if ee == nil || ee.err != errSilent {
		fmt.Fprintf(stderr, "kpisim %s: %s\n", esc(args[0]), esc(oneLine(err)))
	}
	return code
}

// runHelp prints the help asked for on stdout, as COMMAND -h does: the
// usage (kpisim help, -h, --help), or one command's usage and flags
// (kpisim help calc). A name that is no command is a usage error.
func runHelp(args []string, stdout, stderr io.Writer) int {
	l := argsLang(args)
	args = withoutLang(args) // the usage is in English; -lang says the errors'
	if len(args) == 0 || asksHelp(args[:1]) {
		fmt.Fprint(stdout, usage)
		return 0
	}
	if args[0] == "set" && len(args) == 1 {
		fmt.Fprint(stdout, setHelp)
		return 0
	}
	if h := helpFor(args[0]); h != "" && len(args) == 1 {
		fmt.Fprint(stdout, h)
		return 0
	}
	if helpFor(args[0]) == "" {
		fmt.Fprintf(stderr, "kpisim help: "+l.T("cli.command")+"\n", esc(args[0]))
	} else {
		fmt.Fprintf(stderr, "kpisim help: "+l.T("cli.help_args")+"\n", esc(strings.Join(args[1:], " ")))
	}
	return 2
}

// withoutLang is args without a -lang flag and its value.
func withoutLang(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		name, _, eq := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		if strings.HasPrefix(args[i], "-") && name == "lang" {
			if !eq {
				i++ // its value
			}
			continue
		}
		out = append(out, args[i])
	}
	return out
}

// errSilent marks an exit whose messages were already printed.
var errSilent = errors.New("")

func oneLine(err error) string {
	return strings.ReplaceAll(strings.TrimSpace(err.Error()), "\n", "; ")
}

func presets() scenario.Presets {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		panic(err) // presets are tested; this is a build defect
	}
	return ps
}

// today is the day presets are dated by (the tests fix it).
var today = time.Now

// load reads a preset id or a scenario file. A preset that names no plan
// year gets the one running today, as the page gives it (months read
// "Apr 2026"); a file is read as it is, its first problem said in l.
func load(arg string, l i18n.Lang) (*scenario.Scenario, string, error) {
	if arg == "" {
		arg = scenario.DefaultPreset
	}
	ps := presets().Dated(today())
	if s, err := ps.Get(arg); err == nil {
		return s, arg, nil
	}
	data, err := readScenario(arg)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, arg, usageError(l.T("cli.not_found"), arg, strings.Join(ps.IDs(), ", "))
		}
		return nil, arg, usageError("%s: %s", arg, fmt.Sprintf(l.T("scenario.cannot_read"), readProblem(l, err)))
	}
	s, err := scenario.ParseFile(arg, data, scenario.FileID(arg))
	if err != nil {
		return nil, arg, usageError("%s: %s", arg, firstLine(err, l))
	}
	statedByPreset(s, ps, s.ID)
	return s, arg, nil
}

// statedByPreset gives s, read from a file, the ranges preset id of ps
// states (scenario.Implied) of the levers whose range as stated the file
// does not carry: a file made from a preset before files carried them
// holds its moved levers' ranges as moved, and Achievable tests a lever
// against the preset's, as the page does when it opens the file
// (ui.Model.Restore with the file's id: its own, or its name's).
func statedByPreset(s *scenario.Scenario, ps scenario.Presets, id string) {
	implied := scenario.Implied(ps.Shipped(id))
	for lever := range s.StatedRanges() {
		delete(implied, lever) // the file states it (forecast.ranges.ID.stated)
	}
	s.RestoreStated(implied)
}

// firstLine says a file's first problem in l, and how many more there are.
func firstLine(err error, l i18n.Lang) string {
	var es scenario.Errors
	if !errors.As(err, &es) || len(es) == 0 {
		return oneLine(err)
	}
	text := es[0].Error()
	if l != i18n.En {
		text = es[0].Text(l)
		if es[0].Line > 0 {
			text = fmt.Sprintf(l.T("cli.line"), es[0].Line) + text
		}
	}
	if len(es) > 1 {
		text += fmt.Sprintf(l.T("cli.more_problems"), len(es)-1)
	}
	return text
}

// answerError is why s has no answer (the solve, the plan, the Monte
// Carlo run), as a usage error in l's words as the page says it (the
// node's label and the catalog's rule: "アップセル売上がなくても売上は
// 4.8億円になり、…", not the engine's "revenue: its other terms already
// reach 480000000, …").
func answerError(s *scenario.Scenario, l i18n.Lang, err error) error {
	es := kpi.List(err)
	if len(es) == 0 {
		return usageError("%v", err)
	}
	e := es[0]
	label := e.Node
	if n := s.Node(e.Node); n != nil {
		label = n.Label.In(string(l))
	}
	if label == "" {
		label = e.Field
	}
	return usageError("%s", scenario.RuleText(l, label, e, s.Limit(l, e)))
}

// setSyntaxError is a -set argument that is not id=value.
type setSyntaxError string

func (e setSyntaxError) Error() string { return fmt.Sprintf(i18n.En.T("cli.set_syntax"), string(e)) }

// setError says why a -set was refused, in l, naming the key as typed
// ("-set close_rate: …"; English named the engine's field,
// close_rate.value), in the page's words for the rule: its limit in the
// value's unit, "the maximum ¥5,000,000" (the engine's own English quoted
// 1e15 as 1000000000000000 and 0.004 % as 0 %).
func setError(s *scenario.Scenario, l i18n.Lang, key string, err error) string {
	var se setSyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf(l.T("cli.set_syntax"), string(se))
	}
	var re ratePercentError
	if errors.As(err, &re) {
		k, args := scenario.RatePercentKey(re.text, re.fraction)
		return "-set " + key + ": " + fmt.Sprintf(l.T(k), args...)
	}
	var ce currencyError
	if errors.As(err, &ce) {
		return fmt.Sprintf(l.T("cli.set_currency"), string(ce))
	}
	var ke *kpi.Error
	if !errors.As(err, &ke) {
		return err.Error()
	}
	if key == "" {
		key = ke.Field // the value did not read as a number
	}
	return scenario.RuleText(l, "-set "+key, ke, s.Limit(l, ke)) + choices(s, l, ke.Code)
}

// The usage: each command's line, then the flags. helpFor gives one
// command's part of it (kpisim calc -h), and TestUsageMatchesDoc keeps
// main.go's doc comment the same text.
var commandLines = []struct{ name, line string }{
	{"calc", "kpisim calc [flags] [preset | file]   print the KPI tree: required, forecast, gap"},
	{"validate", "kpisim validate [-lang l] [-smart] FILE...  check scenario files, exit 1 if any is invalid; -smart: each KPI's SMART tests"},
	{"forecast", "kpisim forecast [flags] [scenario]    the monthly plan: when revenue lands; -trials N for P10/P50/P90 and the odds"},
	{"sensitivity", "kpisim sensitivity [flags] [scenario] the tornado: each lever ±10 % and at its range's ends, largest effect first, and the value each needs alone"},
	{"presets", "kpisim presets [-lang l] [-json]      list the preset scenarios, titled in -lang's language (-json: as the browser loads them)"},
	{"serve", "kpisim serve [-addr 127.0.0.1:8000]   build the web site and serve it"},
	{"build", "kpisim build -o DIR [-base /repo/]    write the static web site to DIR"},
	{"help", "kpisim help [command | set]           this text, a command's usage and flags (as kpisim COMMAND -h), or every -set key"},
}

// sharedFlags are the flags calc, forecast and sensitivity take.
const sharedFlags = `	-set id=value    change a lever, goal.value, calendar.*, ceiling.* or forecast.* (repeatable;
	                 kpisim help set lists every one);
	                 rates take 20% or 0.2, amounts 1,000,000, 100万, 1億 or 5千万;
	                 goal.period=year, quarter, month, week or day states the goal per that period;
	                 currency=USD counts the scenario's money in another ISO 4217 code (its numbers stay)
	-lang l          ja or en (default: from the locale, $LC_ALL, $LC_MESSAGES or $LANG)
	-json            machine-readable output (a stable interface)
	-csv             one row per node
	-width N         the columns the text fits (default: $COLUMNS, else the terminal's, else 100):
	                 a long label wraps in its column, its figures on its first line; figures never break
`

const calcFlags = `	-solve id        the lever to solve for (default: the scenario's), or headcount
	-rounding r      ceil, none or round (default: the scenario's)
	-wide            every column: node ids, formulas, every period (default: fits -width)
`

const forecastFlags = `	-trials N        run N Monte Carlo trials (up to 100,000) for the bands and the probability of the goal;
	                 with -actuals the re-forecast's chance runs the scenario's trials (10,000 by default)
	                 unless -trials is given, and -trials 0 runs none
	-seed S          the random seed (default: the scenario's), so a run can be repeated exactly
	-actuals FILE    what happened, from a CRM/SFA export (CSV: totals by month, a list of deals or an
	                 activity log): the re-forecast, achievement to date, the pace the months left need,
	                 the funnel's leak and the chance of the goal; repeatable (a list of deals and an activity
	                 log), each file's values replacing an earlier one's of the same KPI and month
`

// ownFlags are the flags of the commands that take none of the shared.
var ownFlags = map[string]string{
	"validate": `	-lang l          ja or en (default: from the locale, $LC_ALL, $LC_MESSAGES or $LANG)
	-smart           also print each KPI's SMART tests and the failure patterns found
`,
	"presets": `	-lang l          the titles' language: ja or en (default: from the locale, $LC_ALL, $LC_MESSAGES or $LANG)
	-json            every preset in the JSON form the browser loads, both languages
`,
	"serve": `	-addr host:port  where to listen (default 127.0.0.1:8000)
	-dir DIR         serve a site already built (kpisim build) instead of building one
	-base /repo/     serve the site under a path, as a static host would
	-web DIR         the wasm binary, ECharts, styles and icons (default ./web; make build puts them there)
`,
	"build": `	-o DIR           the folder to write the site to
	-base /repo/     the path the site is served under (default /)
	-web DIR         the wasm binary, ECharts, styles and icons (default ./web; make build puts them there)
`,
}

var usage = func() string {
	var b strings.Builder
	b.WriteString("kpisim: a sales KPI simulator.\n\nUsage:\n\n")
	for _, c := range commandLines {
		b.WriteString("\t" + c.line + "\n")
	}
	b.WriteString("\nCalc flags:\n\n" + sharedFlags + calcFlags)
	b.WriteString("\nForecast flags: -set, -lang, -json, -csv, -width as for calc, and\n\n" + forecastFlags)
	b.WriteString("\nSensitivity flags: -set, -lang, -json, -csv, -width as for calc.\n")
	return b.String()
}()

// helpFor is command name's usage line and every flag it takes, or "" for
// no command.
func helpFor(name string) string {
	for _, c := range commandLines {
		if c.name != name {
			continue
		}
		flags := ownFlags[name]
		switch name {
		case "calc":
			flags = sharedFlags + calcFlags
		case "forecast":
			flags = sharedFlags + forecastFlags
		case "sensitivity":
			flags = sharedFlags
		}
		if flags == "" {
			return "Usage:\n\n\t" + c.line + "\n"
		}
		return "Usage:\n\n\t" + c.line + "\n\nFlags:\n\n" + flags
	}
	return ""
}

// asksHelp reports whether args ask for help (-h, -help, --help) before
// any "--".
func asksHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}
