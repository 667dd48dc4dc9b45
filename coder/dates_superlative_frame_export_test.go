package coder

// SuperlativeFrame switches the twenty-first session's rule that a time
// bounding a comparison ("its largest attack of the winter") does not
// date the act.
var SuperlativeFrame = &superlativeFrameSwitch
