package coder

// HostedMeeting switches the tenth session's reading of "hosted" as a
// participle on a meeting ("talks hosted by X"): no visit (042) of the
// others toward the host.
var HostedMeeting = &hostedMeeting
