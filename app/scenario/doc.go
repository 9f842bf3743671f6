// Package scenario holds the Scenario type, the single source of truth for
// everything kpisim shows: the KPI tree, the goal, the calendar, the lever
// solved for and the rounding policy. It reads and writes scenario files
// (YAML, which also reads JSON), loads the embedded presets from an fs.FS,
// and turns a Scenario into a kpi.Model.
//
// Parse returns a Scenario that is valid by construction, or Errors naming
// the line, the field and the rule of every problem, so that a typo such as
// "vaule:" is an error and not a silently ignored key.
//
// The tree is edited in place by AddChild, Remove, Move, MoveBy, Rename,
// SetOp, SetUnit, SetValue, SetRange, SetActivity, SetGiven, SetCeiling, SetPer and
// SetCadence, starting from a preset or NewEmpty. Each edits a copy, runs
// the rules a file must pass and commits only then; a refused edit leaves
// the scenario as it was and returns an *EditError naming the node, the
// field and the rule, which Text says in Japanese or English.
//
// The file format is versioned (version: 1). Fields only ever grow; a file
// written for version 1 keeps its meaning.
package scenario
