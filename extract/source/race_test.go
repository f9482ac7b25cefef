//go:build race

package source

// raceEnabled is set when the race detector is on; it slows the splitter
// about twentyfold, so the 100 MB test is skipped then.
const raceEnabled = true
