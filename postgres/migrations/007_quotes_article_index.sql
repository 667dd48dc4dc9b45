-- No query looks quotes up by article (the quote list filters on speaker,
-- actor, text and date, then joins each quote to its article by the
-- article's primary key), and an article brings a dozen or more quotes:
-- this index cost a dozen index entries per article and served nothing.
DROP INDEX IF EXISTS quotes_article;
