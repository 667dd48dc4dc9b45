package coder

// sayingsKeepTarget switches on the thirteenth session's rule that a
// said act (a statement, appeal, accusation, protest) is taken for an
// earlier telling only with the same target (for its tests).
var sayingsKeepTarget = true

// anyTargetRetold reports acts whose retelling may name another target:
// acts on the ground ("Israel struck Hezbollah sites on Saturday" ...
// "its strikes") and meetings or agreements. A said act told to another
// target is another saying, often that day's ("accused Ankara on
// Tuesday" ... "He accused Washington of ..."), and keeps its own date.
func anyTargetRetold(code string) bool {
	return !sayingsKeepTarget || material(code) || occasion(code)
}
