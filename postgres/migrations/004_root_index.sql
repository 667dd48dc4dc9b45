-- Root-level CAMEO filters (the common case: "all consultations") walk
-- this index in date order.
CREATE INDEX events_root_date ON events(root_code, date);
