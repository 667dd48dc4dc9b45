package coder

// HostedHome switches the thirteenth session's rule that talks a third
// party hosts or brokers between two sides are not the host's (talks17).
var HostedHome = &hostedHome
