package coder

import "testing"

// The guards of the source search (review22 findings 1 and 2): each is
// pinned here on its own, since each alone stops the review21 cycle and
// a whole-pipeline story cannot tell which one did.

// filedCase is "Ghana filed a case. The case accused Togo.": the case
// named again stands for Ghana, found through sourceActors of "filed".
const filedCase = "Ghana/Ghana/PROPN/2/nsubj filed/file/VERB/0/root a/a/DET/4/det case/case/NOUN/2/obj ././PUNCT/2/punct || " +
	"The/the/DET/2/det case/case/NOUN/3/nsubj accused/accuse/VERB/0/root Togo/Togo/PROPN/3/obj ././PUNCT/3/punct"

// Token indexes in filedCase.
const (
	filedVerb  = 1
	caseAgain  = 6
	filedIssue = "GHA"
)

func filedCaseArticle(t *testing.T) *article {
	t.Helper()
	return newArticle(parsed(t, filedCase, "Ghana", "GHA", "Togo", "TGO"))
}

// TestSourceDepthGuard: at maxSourceDepth sourceActors gives no source,
// counts the cut and leaves the depth as it was; below it, the subject.
func TestSourceDepthGuard(t *testing.T) {
	a := filedCaseArticle(t)
	s := a.sent(0)
	a.srcDepth = maxSourceDepth
	if got := s.sourceActors(filedVerb, s.frame(filedVerb)); got != nil {
		t.Errorf("at maxSourceDepth: sourceActors = %v, want nil", got)
	}
	if a.srcDepth != maxSourceDepth || a.srcCuts != 1 {
		t.Errorf("at maxSourceDepth: depth %d cuts %d, want %d and 1", a.srcDepth, a.srcCuts, maxSourceDepth)
	}
	a.srcDepth = 0
	got := s.sourceActors(filedVerb, s.frame(filedVerb))
	if len(got) == 0 || actorKey(got[0]) != filedIssue {
		t.Errorf("at depth 0: sourceActors = %v, want %s", got, filedIssue)
	}
	if a.srcDepth != 0 {
		t.Errorf("at depth 0: depth %d afterwards, want 0", a.srcDepth)
	}
}

// TestFiledIssuerAskedInItsOwnSearch: a text noun asked again while its
// own search runs has no issuer, and the cut is counted (mend21's guard).
func TestFiledIssuerAskedInItsOwnSearch(t *testing.T) {
	a := filedCaseArticle(t)
	s := a.sent(1)
	s.issuers = make([]issuerMemo, s.to-s.from)
	s.issuers[caseAgain-s.from].state = issuerSearching
	if got := s.filedIssuer(caseAgain); got != nil {
		t.Errorf("asked during its own search: filedIssuer = %s, want nil", actorKey(got))
	}
	if a.srcCuts != 1 {
		t.Errorf("cuts %d, want 1", a.srcCuts)
	}
}

// TestFiledIssuerCycleEnds: "In a statement on Friday, the statement
// warned Israel": the earlier statement's issuer is the subject of
// "warned", the statement again (review21). The search ends, cut short,
// with the depth back at 0.
func TestFiledIssuerCycleEnds(t *testing.T) {
	d := parsed(t, "In/in/ADP/3/case a/a/DET/3/det statement/statement/NOUN/9/obl on/on/ADP/5/case Friday/Friday/PROPN/3/nmod ,/,/PUNCT/9/punct "+
		"the/the/DET/8/det statement/statement/NOUN/9/nsubj warned/warn/VERB/0/root Israel/Israel/PROPN/9/obj ././PUNCT/9/punct",
		"Israel", "ISR")
	a := newArticle(d)
	s := a.sent(0)
	if got := s.filedIssuer(7); got != nil {
		t.Errorf("filedIssuer = %s, want nil", actorKey(got))
	}
	if a.srcCuts == 0 || a.srcDepth != 0 {
		t.Errorf("cuts %d depth %d, want cuts > 0 and depth 0", a.srcCuts, a.srcDepth)
	}
}

// TestFiledIssuerNotCachedWhenCut: an answer cut short by the depth
// limit is not kept; asked again from depth 0 the issuer is found
// (review22 finding 1: the cache used to keep "no issuer" for good).
func TestFiledIssuerNotCachedWhenCut(t *testing.T) {
	a := filedCaseArticle(t)
	s := a.sent(1)
	if got := s.filedIssuer(caseAgain); got == nil || actorKey(got) != filedIssue {
		t.Fatalf("asked fresh: filedIssuer = %v, want %s", got, filedIssue)
	}
	a = filedCaseArticle(t)
	s = a.sent(1)
	a.srcDepth = maxSourceDepth
	if got := s.filedIssuer(caseAgain); got != nil {
		t.Errorf("asked at maxSourceDepth: filedIssuer = %s, want nil", actorKey(got))
	}
	a.srcDepth = 0
	if got := s.filedIssuer(caseAgain); got == nil || actorKey(got) != filedIssue {
		t.Errorf("asked again at depth 0: filedIssuer = %v, want %s", got, filedIssue)
	}
}
