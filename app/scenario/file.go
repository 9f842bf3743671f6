package scenario

import (
	"path"
	"strings"
)

// ParseFile reads the scenario file called name as kpisim validate and
// calc read it: as JSON (ParseJSON) when its name ends in .json, in any
// case, otherwise as YAML (Parse).
func ParseFile(name string, data []byte, id string) (*Scenario, error) {
	root, errs := fileTree(name, data)
	return decodeTree(root, id, errs, fileRules)
}

// OpenFile reads the scenario file called name as the page opens one
// picked or dropped on it: in the form ParseFile reads it in, so that a
// broken file gets the same message on the page as from the CLI, with
// the page's rules (OpenJSON).
func OpenFile(name string, data []byte, id string) (*Scenario, error) {
	root, errs := fileTree(name, data)
	return decodeTree(root, id, errs, pageRules)
}

// FileID is the id a scenario file without one takes from its name, in
// the CLI and on the page alike: the name without its folder and its
// extension (dir/teamA.yaml is teamA, チームA.yml チームA), "scenario" when
// nothing is left. The page makes its downloads' names of it, with the
// characters a file name may hold (kpisim-teamA-plan.csv).
func FileID(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	if id := strings.TrimSuffix(name, path.Ext(name)); id != "" {
		return id
	}
	return "scenario"
}

// fileTree reads data into the wire form by the form its name says.
func fileTree(name string, data []byte) (*value, Errors) {
	if strings.EqualFold(path.Ext(name), ".json") {
		return jsonTree(data)
	}
	return yamlTree(data)
}
