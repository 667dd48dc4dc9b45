-- The feed links that led to a stored article whose key (its canonical
-- URL) is another URL: watch asks here before downloading an item's page,
-- since the link alone does not find the article.
CREATE TABLE feed_links (
	link TEXT PRIMARY KEY,
	key  TEXT NOT NULL
);
