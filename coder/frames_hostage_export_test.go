package coder

// HostageFrames switches the "took X hostage" complement (review37).
var HostageFrames = &hostageFrames
