package mention

import "testing"

func TestWordShapes(t *testing.T) {
	caps := map[string]bool{"Lima": true, "al-Rashidi": true, "el-Badri": true, "lima": false, "al-qaeda": false, "É": true}
	for w, want := range caps {
		if got := isCapitalized(w); got != want {
			t.Errorf("isCapitalized(%q) = %v, want %v", w, got, want)
		}
	}
	acr := map[string]bool{"EU": true, "U.N.": true, "DPRK": true, "NGOs": true, "NATO": true, "A": false, "Nato": false, "CONSTITUTION": false}
	for w, want := range acr {
		if got := isAcronym(w); got != want {
			t.Errorf("isAcronym(%q) = %v, want %v", w, got, want)
		}
	}
	groups := map[string]bool{"G7": true, "G-20": true, "M23": true, "F-35": false, "G": false, "G2024": false, "Lima": false}
	for w, want := range groups {
		if got := isGroupName(w); got != want {
			t.Errorf("isGroupName(%q) = %v, want %v", w, got, want)
		}
	}
	suffixes := map[string]bool{"led": true, "backed": true, "style": true, "yul": false, "young": false, "myung": false}
	for w, want := range suffixes {
		if got := compoundSuffix(w); got != want {
			t.Errorf("compoundSuffix(%q) = %v, want %v", w, got, want)
		}
	}
	roman := map[string]bool{"II": true, "XIV": true, "IIII": true, "Ivan": false, "": false}
	for w, want := range roman {
		if got := isRoman(w); got != want {
			t.Errorf("isRoman(%q) = %v, want %v", w, got, want)
		}
	}
	if got := titleCase("NORTH-WEST"); got != "North-West" {
		t.Errorf("titleCase = %q", got)
	}
}
