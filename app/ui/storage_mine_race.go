package ui

import (
	"slices"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Two tabs saving to My scenarios within milliseconds of each other each
// read the list as their own copy of localStorage held it, before the
// other's write had reached it, and the later write dropped the earlier
// tab's item. Each tab now remembers what it added for a little while
// (recentWindow); when another tab's write (the storage event) lacks one,
// it adds it again to the list as stored now, which then holds both. An
// item another tab deletes within that window comes back: the user would
// have had to see it and delete it in under recentWindow.

// recentWindow is how long a tab stands by an item it added.
const recentWindow = 3 * time.Second

// recentMine is an item this tab added, and when.
type recentMine struct {
	m  mine
	at time.Time
}

// added records that this tab added m at now, forgetting what is older
// than recentWindow.
func (s *shareState) added(m mine, now time.Time) {
	s.recent = slices.DeleteFunc(s.recent, func(r recentMine) bool { return now.Sub(r.at) > recentWindow })
	s.recent = append(s.recent, recentMine{m, now})
}

// missing is what this tab added in the last recentWindow that ms, the
// list as another tab wrote it, lacks, oldest first.
func (s *shareState) missing(ms []mine, now time.Time) []mine {
	var out []mine
	for _, r := range s.recent {
		if now.Sub(r.at) <= recentWindow && mineIndex(ms, r.m.ID) < 0 {
			out = append(out, r.m)
		}
	}
	return out
}

// dropped forgets id: this tab deleted it, and stands by it no more.
func (s *shareState) dropped(id string) {
	s.recent = slices.DeleteFunc(s.recent, func(r recentMine) bool { return r.m.ID == id })
}

// restoreLost adds again what this tab added lately and another tab's
// write dropped, to the list as stored now.
func (p *Page) restoreLost(ctx app.Context) {
	lost := p.share.missing(p.share.mine, time.Now())
	if len(lost) == 0 {
		return
	}
	p.changeMine(ctx, func(ms []mine) []mine {
		for _, m := range p.share.missing(ms, time.Now()) {
			if m.Kept && slices.ContainsFunc(ms, func(x mine) bool { return sameScenario(x.State, m.State) }) {
				continue // the same work kept by the other tab: once is enough
			}
			if out, ok := addMine(ms, m); ok {
				ms = out
			}
		}
		return ms
	})
}
