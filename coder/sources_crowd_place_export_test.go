package coder

// CrowdPlaces switches the crowd of the place its protest names
// (review37).
var CrowdPlaces = &crowdPlaces
