package coder

// AppealContents switches the appeal coded by what it asks for
// (review37).
var AppealContents = &appealContents
